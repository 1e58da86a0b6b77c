package vcl.cli;

import vcl.experiments.io.AtomicFiles;
import vcl.experiments.io.DataTable;
import vcl.experiments.io.OutputFormat;
import vcl.experiments.io.Progress;
import vcl.experiments.io.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.theory.franzparisi.Task2Solution;
import vcl.theory.franzparisi.Task2Solver;
import vcl.theory.franzparisi.Task2Sweep;
import vcl.theory.replica.QuadratureSettings;

/** {@code vcl solve task2}: the task-2 saddle point around the task-1 reference (Franz-Parisi potential). */
@Command(name = "task2", mixinStandardHelpOptions = true,
        description = {"Solve the task-2 saddle point: a second teacher (overlap r0 with the first) learned with",
            "a KL prior of strength γ to the task-1 solution at α1. Sweeps α2 by continuation upward and",
            "downward for every r0; where two branches coexist both rows are printed (poor first), and the",
            "JSON and table formats add a branch column saying which is stable (larger Φ)."})
public final class SolveTask2Command implements Callable<Integer> {

    /** The CSV columns of the CLI contract (exactly these, in this order). */
    public static final List<String> COLUMNS = List.of("alpha1", "alpha2", "r0", "gamma", "beta", "q2", "r2", "q2star",
            "q2hat", "r2hat", "q2starhat", "p1", "p2", "eps_g1", "eps_g2", "phi", "iterations", "residual", "converged");

    /**
     * The JSON and table columns: the contract's plus {@code branch} after {@code phi}
     * ({@code unique}, {@code poor-stable}, {@code poor-metastable}, {@code good-stable},
     * {@code good-metastable}). The CSV keeps the contract's columns; there coexisting branches are
     * rows with the same (α2, r0), poor (smaller r2) first.
     */
    public static final List<String> EXTENDED_COLUMNS = withBranch();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--alpha1", required = true, description = "Load α1 > 0 of task 1 (the reference).")
    double alpha1;

    @Option(names = "--beta", defaultValue = "20", description = "Learning inverse temperature β > 0 (default ${DEFAULT-VALUE}).")
    double beta;

    @Option(names = "--gamma", required = true, description = "KL strength γ ≥ 0 of the prior to task 1.")
    double gamma;

    @Option(names = "--r0", required = true, paramLabel = "LIST", description = "Teacher overlaps r0 in [-1, 1].")
    String r0;

    @Option(names = "--alpha2", required = true, paramLabel = "LIST", description = "Loads α2 > 0 of task 2.")
    String alpha2;

    @Option(names = "--transition", description = {"Also locate the first-order transition α2 of every r0 (equal Φ on",
        "both branches); printed on stderr and in JSON."})
    boolean transition;

    @picocli.CommandLine.Mixin
    SolverOptions solverOptions;

    @Override
    public Integer call() {
        solverOptions.validate();
        Checks.positive("--alpha1", alpha1);
        Checks.positive("--beta", beta);
        if (!(gamma >= 0) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("--gamma must be a finite number >= 0, got " + gamma);
        }
        double[] r0s = Checks.listWithin("--r0", r0, -1, 1);
        double[] alphas = Checks.positiveList("--alpha2", alpha2);
        long t0 = System.nanoTime();
        Task2Solver solver = Task2Solver.around(alpha1, beta, QuadratureSettings.DEFAULT, solverOptions.tolerance,
                solverOptions.maxIterations);
        Task2Sweep sweep = new Task2Sweep(solver);
        List<Task2Solution> rows = new ArrayList<>();
        List<Object> transitions = new ArrayList<>();
        try (Progress progress = Progress.start("solve task2", 2L * r0s.length * alphas.length, spec.commandLine().getErr())) {
            long[] done = new long[1];
            for (double r : r0s) {
                List<Task2Solution> branchRows = sweep.branches(alphas, gamma, r, k -> progress.step(++done[0]));
                rows.addAll(branchRows);
                if (transition) {
                    Optional<Double> t = sweep.transition(branchRows);
                    transitions.add(t.orElse(null));
                    System.err.println(t.map(a -> "r0 = " + r + ": first-order transition at alpha2_t = " + a)
                            .orElse("r0 = " + r + ": no first-order transition between two coexisting branches in the requested range"));
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        boolean extended = solverOptions.format != OutputFormat.csv;
        DataTable table = new DataTable(extended ? EXTENDED_COLUMNS : COLUMNS);
        boolean allConverged = true;
        for (Task2Solution s : solverOptions.shown(rows,
                s -> "r0 = " + s.r0() + ", alpha2 = " + s.alpha2(), spec.commandLine().getErr())) {
            List<Object> cells = new ArrayList<>(List.of(s.alpha1(), s.alpha2(), s.r0(), s.gamma(), s.beta(), s.q(), s.r(),
                    s.qStar(), s.conjugates().qHat(), s.conjugates().rHat(), s.conjugates().qStarHat(), s.p1(), s.p2(),
                    s.epsG1(), s.epsG2(), s.phi(), s.iterations(), s.residual(), s.converged()));
            if (extended) {
                cells.add(COLUMNS.indexOf("phi") + 1, s.branch().label());
            }
            table.add(cells.toArray());
            allConverged &= s.converged();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("alpha1", alpha1);
        params.put("beta", beta);
        params.put("gamma", gamma);
        params.put("r0", r0s);
        params.put("alpha2", alphas);
        params.put("tolerance", solverOptions.tolerance);
        Map<String, Object> prov = Provenance.of("solve task2", params);
        prov.put("seconds", seconds);
        if (transition) {
            prov.put("transition_alpha2", transitions);
        }
        AtomicFiles.emit(table.render(solverOptions.format, prov), solverOptions.out, spec.commandLine().getOut());
        if (!allConverged) {
            System.err.println("vcl: some points did not converge (converged=false rows)");
            return ExitCodes.NOT_CONVERGED;
        }
        return ExitCodes.OK;
    }

    private static List<String> withBranch() {
        List<String> c = new ArrayList<>(COLUMNS);
        c.add(c.indexOf("phi") + 1, "branch");
        return List.copyOf(c);
    }
}
