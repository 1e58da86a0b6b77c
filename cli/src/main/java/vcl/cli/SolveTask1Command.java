package vcl.cli;

import vcl.experiments.io.AtomicFiles;
import vcl.experiments.io.DataTable;
import vcl.experiments.io.Progress;
import vcl.experiments.io.Provenance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.theory.prior.PriorKind;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;
import vcl.theory.task1.Task1Sweep;

/** {@code vcl solve task1}: the task-1 saddle point over a list of α, both branches, by continuation. */
@Command(name = "task1", mixinStandardHelpOptions = true,
        description = {"Solve the task-1 saddle point (teacher-student binary perceptron in field space).",
            "Sweeps α by continuation upward and downward; where two branches coexist both rows are printed",
            "and the branch column says which is stable (larger free entropy)."})
public final class SolveTask1Command implements Callable<Integer> {

    /** The CSV columns of the CLI contract. */
    public static final List<String> COLUMNS = List.of("alpha", "beta", "prior", "q", "r", "qstar", "qhat",
            "rhat", "qstarhat", "p", "eps_g", "phi", "branch", "iterations", "residual", "converged");

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--alpha", required = true, paramLabel = "LIST",
            description = "Loads α = P/N > 0: values and ranges start:stop:step, e.g. 0.1:2.0:0.1,2.5")
    String alpha;

    @Option(names = "--beta", defaultValue = "20", description = "Learning inverse temperature β > 0 (default ${DEFAULT-VALUE}).")
    double beta;

    @Option(names = "--prior", defaultValue = "flat", converter = Priors.Converter.class,
            completionCandidates = Priors.Labels.class,
            description = "Single-site prior: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    PriorKind prior;

    @Option(names = "--entropy-k", paramLabel = "K",
            description = "Strength k of the entropy prior (default: k = β).")
    Double entropyK;

    @Option(names = "--qstar-fixed", paramLabel = "Q", description = "Hold q* fixed at Q in (0, 1) (figure 2d variant).")
    Double qStarFixed;

    @Option(names = "--transition", description = "Also locate the first-order transition α (bisection on Φ); printed on stderr and in JSON.")
    boolean transition;

    @picocli.CommandLine.Mixin
    SolverOptions solverOptions;

    @Override
    public Integer call() {
        solverOptions.validate();
        double[] alphas = Checks.positiveList("--alpha", alpha);
        Checks.positive("--beta", beta);
        if (qStarFixed != null && !(qStarFixed > 0 && qStarFixed < 1)) {
            throw new IllegalArgumentException("--qstar-fixed must lie in the open interval (0, 1), got " + qStarFixed);
        }
        if (entropyK != null && !(entropyK >= 0 && Double.isFinite(entropyK))) {
            throw new IllegalArgumentException("--entropy-k must be a finite number >= 0, got " + entropyK);
        }
        Task1Solver solver = new Task1Solver(beta, prior.measure(beta, entropyK == null ? beta : entropyK),
                qStarFixed == null ? Double.NaN : qStarFixed, QuadratureSettings.DEFAULT, solverOptions.tolerance,
                solverOptions.maxIterations, true);
        Task1Sweep sweep = new Task1Sweep(solver);
        long t0 = System.nanoTime();
        List<Task1Solution> rows;
        try (Progress progress = Progress.start("solve task1", 2L * alphas.length, spec.commandLine().getErr())) {
            int[] done = new int[1];
            rows = sweep.sweep(alphas, k -> progress.step(++done[0]));
        }
        Optional<Double> alphaT = transition ? sweep.transition(rows) : Optional.empty();
        double seconds = (System.nanoTime() - t0) / 1e9;
        DataTable table = new DataTable(COLUMNS);
        boolean allConverged = true;
        for (Task1Solution s : solverOptions.shown(rows, s -> "alpha = " + s.alpha(), spec.commandLine().getErr())) {
            table.add(s.alpha(), s.beta(), s.prior(), s.q(), s.r(), s.qStar(), s.conjugates().qHat(),
                    s.conjugates().rHat(), s.conjugates().qStarHat(), s.p(), s.epsG(), s.phi(), s.branch().label(),
                    s.iterations(), s.residual(), s.converged());
            allConverged &= s.converged();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("alpha", alphas);
        params.put("beta", beta);
        params.put("prior", prior.label());
        params.put("entropy_k", prior.takesStrength() ? (entropyK == null ? beta : entropyK) : null);
        params.put("qstar_fixed", qStarFixed);
        params.put("tolerance", solverOptions.tolerance);
        Map<String, Object> prov = Provenance.of("solve task1", params);
        prov.put("seconds", seconds);
        if (transition) {
            prov.put("transition_alpha", alphaT.orElse(null));
            System.err.println(alphaT.map(a -> "first-order transition: alpha_t = " + a)
                    .orElse("no first-order transition between two coexisting branches in the requested α range"));
        }
        AtomicFiles.emit(table.render(solverOptions.format, prov), solverOptions.out, spec.commandLine().getOut());
        if (rows.size() < Math.min(1, alphas.length) || !allConverged) {
            System.err.println("vcl: some points did not converge (converged=false rows)");
            return ExitCodes.NOT_CONVERGED;
        }
        return ExitCodes.OK;
    }
}
