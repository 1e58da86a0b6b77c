package vcl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.experiments.solve.SolveTable;
import vcl.experiments.solve.Task1Solve;
import vcl.experiments.spec.PriorChoice;
import vcl.experiments.spec.Task1SolveSpec;
import vcl.experiments.spec.ValueList;

/** {@code vcl solve task1}: the task-1 saddle point over a list of α, both branches, by continuation. */
@Command(name = "task1", mixinStandardHelpOptions = true,
        description = {"Solve the task-1 saddle point (teacher-student binary perceptron in field space).",
            "Sweeps α by continuation upward and downward; where two branches coexist, --all-branches prints"
                + " both rows and the branch column says which is stable (larger free entropy). p is clipped"
                + " to [-1, 1]."})
public final class SolveTask1Command implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--alpha", required = true, paramLabel = "LIST",
            description = "Loads α = P/N in (0, 50]: values and ranges start:stop:step, e.g. 0.1:2.0:0.1,2.5"
                    + " (solved in increasing order, each once).")
    String alpha;

    @picocli.CommandLine.Mixin
    BetaOption beta;

    @Option(names = "--prior", defaultValue = "flat", completionCandidates = PriorChoice.Names.class,
            description = "Single-site prior: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    String prior;

    @Option(names = "--entropy-k", paramLabel = "K",
            description = "Strength k of the entropy prior (default: k = β).")
    Double entropyK;

    @Option(names = "--qstar-fixed", paramLabel = "Q", description = "Hold q* fixed at Q in (0, 1) (figure 2d variant).")
    Double qStarFixed;

    @Option(names = "--replicon", description = "Also print the replicon eigenvalue of every row (last column replicon: the"
            + " replica-symmetric solution is stable against replica-symmetry breaking while it is > 0).")
    boolean replicon;

    @picocli.CommandLine.Mixin
    SolverOptions solverOptions;

    @Override
    public Integer call() {
        double[] loads = ValueList.parse("--alpha", alpha);
        SortedLoads.note("--alpha", loads, spec.commandLine().getErr());
        Task1SolveSpec request = new Task1SolveSpec(loads, beta.value(), PriorChoice.parse(prior), entropyK, qStarFixed,
                solverOptions.transition, solverOptions.settings(), replicon);
        SolveTable result = Task1Solve.run(request, spec.commandLine().getErr());
        return SolveOutput.emit(result, solverOptions, spec.commandLine());
    }
}
