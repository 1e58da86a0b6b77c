package vcl.experiments.solve;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vcl.experiments.io.DataTable;
import vcl.experiments.io.Progress;
import vcl.experiments.io.SweepProgress;
import vcl.experiments.io.Provenance;
import vcl.experiments.spec.Task2SolveSpec;
import vcl.theory.franzparisi.Task2Solution;
import vcl.theory.franzparisi.Task2Coupling;
import vcl.theory.franzparisi.Task2Solver;
import vcl.theory.phase.BranchChanges;
import vcl.theory.franzparisi.Task2Sweep;
import vcl.theory.numerics.NumericalLimitException;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.stability.Task2Replicon;

/** The task-2 saddle point around the task-1 reference (Franz-Parisi potential), as the rows of the CLI contract. */
public final class Task2Solve {

    /**
     * The columns of the CLI contract (exactly these, in this order, in every format), {@code branch}
     * after {@code phi} as in task 1 ({@code unique}, {@code poor-stable}, {@code poor-metastable},
     * {@code good-stable}, {@code good-metastable}); coexisting branches are rows with the same
     * (α2, r0), poor (smaller r2) first. With {@code --replicon} the column {@code replicon} follows.
     */
    public static final List<String> COLUMNS = List.of("alpha1", "alpha2", "r0", "gamma", "beta", "q2", "r2", "q2star",
            "q2hat", "r2hat", "q2starhat", "p1", "p2", "eps_g1", "eps_g2", "phi", "branch", "iterations", "residual",
            "converged");

    private Task2Solve() {
    }

    /** Solves every r0, reporting progress, metastable rows and transitions on {@code err}. */
    public static SolveTable run(Task2SolveSpec spec, PrintWriter err) {
        double[] r0s = spec.r0();
        double[] alphas = spec.alpha2();
        long t0 = System.nanoTime();
        Task2Solver solver;
        try {
            solver = Task2Solver.around(spec.alpha1(), spec.beta(), QuadratureSettings.DEFAULT,
                    spec.solver().tolerance(), spec.solver().maxIterations());
        } catch (NumericalLimitException e) {
            err.println("vcl: solve task2: no task-1 reference at alpha1 = " + spec.alpha1() + ", beta = "
                    + spec.beta() + ": " + e.getMessage());
            err.flush();
            return new SolveTable(new DataTable(RepliconColumn.columns(COLUMNS, spec.replicon())),
                    Provenance.of("solve task2", Map.of("alpha1", spec.alpha1(), "beta", spec.beta())), false);
        }
        Task2Sweep sweep = new Task2Sweep(solver);
        SweepWatch watch = new SweepWatch("solve task2", "alpha2", spec.solver().timeLimit(), err);
        boolean complete = true;
        List<Task2Solution> rows = new ArrayList<>();
        List<Object> transitions = new ArrayList<>();
        long perR0 = SweepProgress.units(alphas);
        try (Progress progress = Progress.start("solve task2", perR0 * r0s.length, err)) {
            long done = 0;
            for (double r : r0s) {
                List<Task2Solution> branchRows = sweep.branches(alphas, spec.gamma(), r,
                        SweepProgress.counting(progress, done), watch);
                done += perR0;
                progress.step(done);
                rows.addAll(branchRows);
                complete &= watch.reportMissing(alphas, branchRows, Task2Solution::alpha2, " (r0 = " + r + ")");
                if (spec.transition() && !watch.stopped()) {
                    Optional<Double> t = transition(sweep, solver, branchRows, spec.gamma(), r);
                    transitions.add(t.orElse(null));
                    err.println(t.map(a -> "r0 = " + r + ": first-order transition at alpha2_t = " + a)
                            .orElse("r0 = " + r + ": no first-order transition in the requested range (the stable branch never changes)"));
                    err.flush();
                }
            }
        }
        DataTable table = new DataTable(RepliconColumn.columns(COLUMNS, spec.replicon()));
        Task2Replicon replicon = new Task2Replicon(solver.reference(), spec.beta(), QuadratureSettings.DEFAULT);
        List<Task2Solution> shown = ShownRows.of(rows, spec.solver().allBranches(),
                s -> "r0 = " + s.r0() + ", alpha2 = " + s.alpha2(), err);
        double[] lambda = RepliconColumn.values(shown, spec.replicon(), replicon::eigenvalue);
        boolean allConverged = true;
        for (int i = 0; i < shown.size(); i++) {
            Task2Solution s = shown.get(i);
            table.add(RepliconColumn.row(new Object[] {s.alpha1(), s.alpha2(), s.r0(), s.gamma(), s.beta(), s.q(),
                s.r(), s.qStar(), s.conjugates().qHat(), s.conjugates().rHat(), s.conjugates().qStarHat(),
                Overlap.clipped(s.p1()), Overlap.clipped(s.p2()), s.epsG1(), s.epsG2(), s.phi(), s.branch().label(),
                s.iterations(), s.residual(), s.converged()}, lambda, i));
            allConverged &= s.converged();
        }
        double seconds = (System.nanoTime() - t0) / 1e9; // with the replicon column's time
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("alpha1", spec.alpha1());
        params.put("beta", spec.beta());
        params.put("gamma", spec.gamma());
        params.put("r0", r0s);
        params.put("alpha2", alphas);
        params.put("tolerance", spec.solver().tolerance());
        if (spec.replicon()) {
            params.put("replicon", true);
        }
        Map<String, Object> prov = Provenance.of("solve task2", params, seconds);
        if (spec.transition()) {
            prov.put("transition_alpha2", transitions);
        }
        return new SolveTable(table, prov, allConverged && complete);
    }

    /**
     * α2_t of one r0: where both branches exist at a grid load, the sweep's own crossing; otherwise,
     * where the stable branch changes between two neighbouring loads, the crossing found by continuing
     * both branches into that interval ({@link BranchChanges}).
     */
    private static Optional<Double> transition(Task2Sweep sweep, Task2Solver solver, List<Task2Solution> rows,
                                               double gamma, double r0) {
        Optional<Double> onTheGrid = sweep.transition(rows);
        if (onTheGrid.isPresent()) {
            return onTheGrid;
        }
        List<Task2Solution> stable = rows.stream().filter(s -> s.branch().stable() && s.converged())
                .sorted(java.util.Comparator.comparingDouble(Task2Solution::alpha2)).toList();
        return new BranchChanges<>(solver.alongAlpha2(new Task2Coupling(gamma, r0))).transitions(stable).stream()
                .findFirst();
    }
}
