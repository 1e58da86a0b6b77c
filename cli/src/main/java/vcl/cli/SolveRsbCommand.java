package vcl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.experiments.solve.RsbSolve;
import vcl.experiments.solve.SolveTable;
import vcl.experiments.spec.PriorChoice;
import vcl.experiments.spec.RsbSpec;
import vcl.experiments.spec.UserInputException;
import vcl.experiments.spec.ValueList;

/** {@code vcl solve rsb}: the one-step RSB saddle point of task 1 along its poor branch. */
@Command(name = "rsb", mixinStandardHelpOptions = true,
        description = {"The one-step replica-symmetry-broken (1RSB) saddle point of task 1 on its poor branch.",
            "Beyond the AT line the replica-symmetric poor branch is unstable; its 1RSB solution (overlaps q1 inside",
            "and q0 between states, Parisi parameter x) is continued from just above the AT line to every α, at the",
            "static x* (dΦ/dx = 0) or at --x. Rows carry the RS poor branch's phi and eps_g beside the 1RSB ones;",
            "below the AT line the gap q1 - q0 is 0 (docs/theory-beyond.md, 1RSB solution)."})
public final class SolveRsbCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--alpha", required = true, paramLabel = "LIST",
            description = "Loads α = P/N in (0, 50]: values and ranges start:stop:step, e.g. 0.8:1.5:0.1")
    String alpha;

    @Option(names = "--beta", defaultValue = "20", description = "Learning inverse temperature β in (0, 1000] (default ${DEFAULT-VALUE}).")
    double beta;

    @Option(names = "--x", paramLabel = "X", description = "A fixed Parisi parameter x in (0, 1] (default: the static x*).")
    Double x;

    @Option(names = "--prior", defaultValue = "flat", completionCandidates = PriorChoice.Names.class,
            description = "Single-site prior: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    String prior;

    @Option(names = "--entropy-k", paramLabel = "K", description = "Strength k of the entropy prior (default: k = β).")
    Double entropyK;

    @picocli.CommandLine.Mixin
    SolverOptions output;

    @Override
    public Integer call() {
        if (output.allBranches) {
            throw UserInputException.malformed("--all-branches", "solve rsb follows the poor branch only");
        }
        if (output.timeLimit != null) {
            throw UserInputException.malformed("--time-limit", "solve rsb has no time limit");
        }
        RsbSpec request = new RsbSpec(ValueList.parse("--alpha", alpha), beta, RsbSpec.parisiOf(x),
                PriorChoice.parse(prior), entropyK, output.transition, output.tolerance, output.maxIterations);
        SolveTable result = RsbSolve.run(request, spec.commandLine().getErr());
        return SolveOutput.emit(result, output, spec.commandLine());
    }
}
