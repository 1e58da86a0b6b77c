package vcl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.experiments.solve.Task2Solve;
import vcl.experiments.spec.Task2SolveSpec;
import vcl.experiments.spec.ValueList;

/** {@code vcl solve task2}: the task-2 saddle point around the task-1 reference (Franz-Parisi potential). */
@Command(name = "task2", mixinStandardHelpOptions = true,
        description = {"Solve the task-2 saddle point: a second teacher learned with a KL prior to task 1.",
            "The second teacher has overlap r0 with the first; the prior of strength γ pulls towards the task-1"
                + " solution at α1. Sweeps α2 by continuation upward and downward for every r0; where two"
                + " branches coexist, --all-branches prints both rows (poor first) and the branch column says"
                + " which is stable (larger Φ), as in task 1. p1 and p2 are clipped to [-1, 1]."})
public final class SolveTask2Command implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--alpha1", required = true, description = "Load α1 in (0, 50] of task 1 (the reference).")
    double alpha1;

    @picocli.CommandLine.Mixin
    BetaOption beta;

    @Option(names = "--gamma", required = true, description = "KL strength γ in [0, 100] of the prior to task 1.")
    double gamma;

    @Option(names = "--r0", required = true, paramLabel = "LIST", description = "Teacher overlaps r0 in [-1, 1].")
    String r0;

    @Option(names = "--alpha2", required = true, paramLabel = "LIST", description = "Loads α2 in (0, 50] of task 2 (solved in increasing order, each once).")
    String alpha2;

    @Option(names = "--replicon", description = "Also print the replicon eigenvalue of every row (last column replicon: the"
            + " replica-symmetric solution is stable against replica-symmetry breaking while it is > 0).")
    boolean replicon;

    @picocli.CommandLine.Mixin
    SolverOptions solverOptions;

    @Override
    public Integer call() {
        Task2SolveSpec request = new Task2SolveSpec(alpha1, beta.value(), gamma, ValueList.parse("--r0", r0),
                sortedNoted(ValueList.parse("--alpha2", alpha2)), solverOptions.transition, solverOptions.settings(), replicon);
        return SolveOutput.emit(Task2Solve.run(request, spec.commandLine().getErr()), solverOptions, spec.commandLine());
    }

    private double[] sortedNoted(double[] loads) {
        SortedLoads.note("--alpha2", loads, spec.commandLine().getErr());
        return loads;
    }
}
