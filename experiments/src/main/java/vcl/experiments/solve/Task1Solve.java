package vcl.experiments.solve;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vcl.experiments.io.DataTable;
import vcl.experiments.io.Progress;
import vcl.experiments.io.SweepProgress;
import vcl.experiments.io.Provenance;
import vcl.experiments.spec.Task1SolveSpec;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SingleSiteMeasure;
import vcl.theory.stability.Replicon;
import vcl.theory.task1.Task1Solution;
import vcl.theory.phase.BranchChanges;
import vcl.theory.task1.Task1Solver;
import vcl.theory.task1.Task1Sweep;

/** The task-1 saddle point over a list of α, both branches by continuation, as the rows of the CLI contract. */
public final class Task1Solve {

    /** The CSV columns of the CLI contract ({@code replicon} follows them with {@code --replicon}). */
    public static final List<String> COLUMNS = List.of("alpha", "beta", "prior", "q", "r", "qstar", "qhat",
            "rhat", "qstarhat", "p", "eps_g", "phi", "branch", "iterations", "residual", "converged");

    private Task1Solve() {
    }

    /** Solves, reporting progress, metastable rows and the transition on {@code err}. */
    public static SolveTable run(Task1SolveSpec spec, PrintWriter err) {
        double[] alphas = spec.alpha();
        SingleSiteMeasure measure = spec.prior().measure(spec.beta(), spec.strength());
        Task1Solver solver = new Task1Solver(spec.beta(), measure,
                spec.qStarFixed() == null ? Double.NaN : spec.qStarFixed(), QuadratureSettings.DEFAULT,
                spec.solver().tolerance(), spec.solver().maxIterations(), true);
        Task1Sweep sweep = new Task1Sweep(solver);
        long t0 = System.nanoTime();
        List<Task1Solution> rows;
        SweepWatch watch = new SweepWatch("solve task1", "alpha", spec.solver().timeLimit(), err);
        long total = SweepProgress.units(alphas);
        try (Progress progress = Progress.start("solve task1", total, err)) {
            rows = sweep.sweep(alphas, SweepProgress.counting(progress, 0), watch);
            progress.step(total);
        }
        boolean complete = watch.reportMissing(alphas, rows, Task1Solution::alpha, "");
        Optional<Double> alphaT = spec.transition() && !watch.stopped() ? transition(sweep, solver, rows) : Optional.empty();
        DataTable table = new DataTable(RepliconColumn.columns(COLUMNS, spec.replicon()));
        Replicon replicon = new Replicon(spec.beta(), measure, QuadratureSettings.DEFAULT);
        List<Task1Solution> shown = ShownRows.of(rows, spec.solver().allBranches(), s -> "alpha = " + s.alpha(), err);
        double[] lambda = RepliconColumn.values(shown, spec.replicon(),
                s -> replicon.eigenvalue(s.alpha(), s.orderParameters(), s.conjugates()));
        boolean allConverged = true;
        for (int i = 0; i < shown.size(); i++) {
            Task1Solution s = shown.get(i);
            table.add(RepliconColumn.row(new Object[] {s.alpha(), s.beta(), s.prior(), s.q(), s.r(), s.qStar(),
                s.conjugates().qHat(), s.conjugates().rHat(), s.conjugates().qStarHat(), Overlap.clipped(s.p()),
                s.epsG(), s.phi(), s.branch().label(), s.iterations(), s.residual(), s.converged()}, lambda, i));
            allConverged &= s.converged();
        }
        double seconds = (System.nanoTime() - t0) / 1e9; // with the replicon column's time
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("alpha", alphas);
        params.put("beta", spec.beta());
        params.put("prior", spec.prior().label());
        params.put("entropy_k", spec.prior().takesStrength() ? spec.strength() : null);
        params.put("qstar_fixed", spec.qStarFixed());
        params.put("tolerance", spec.solver().tolerance());
        if (spec.replicon()) {
            params.put("replicon", true);
        }
        Map<String, Object> prov = Provenance.of("solve task1", params, seconds);
        if (spec.transition()) {
            prov.put("transition_alpha", alphaT.orElse(null));
            err.println(alphaT.map(a -> "first-order transition: alpha_t = " + a)
                    .orElse("no first-order transition in the requested α range (the stable branch never changes)"));
            err.flush();
        }
        return new SolveTable(table, prov, !rows.isEmpty() && allConverged && complete);
    }

    /**
     * α_t: where both branches exist at a grid load, the sweep's own crossing; otherwise, where the
     * stable branch changes between two neighbouring loads of a coarse grid, the crossing found by
     * continuing both branches into that interval ({@link BranchChanges}).
     */
    private static Optional<Double> transition(Task1Sweep sweep, Task1Solver solver, List<Task1Solution> rows) {
        Optional<Double> onTheGrid = sweep.transition(rows);
        if (onTheGrid.isPresent()) {
            return onTheGrid;
        }
        List<Task1Solution> stable = rows.stream().filter(s -> s.branch().stable() && s.converged())
                .sorted(java.util.Comparator.comparingDouble(Task1Solution::alpha)).toList();
        return new BranchChanges<>(solver).transitions(stable).stream().findFirst();
    }
}
