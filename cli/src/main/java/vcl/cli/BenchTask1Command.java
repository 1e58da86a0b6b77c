package vcl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.experiments.bench.Task1Benchmark;
import vcl.experiments.spec.Task1BenchSpec;
import vcl.experiments.spec.UserInputException;
import vcl.experiments.spec.ValueList;

/** {@code vcl bench task1}: times the task-1 α sweep of figure 2a ({@link Task1Benchmark}). */
@Command(name = "task1", mixinStandardHelpOptions = true,
        description = "Time the 200-point task-1 sweep (α 0.01..2.00, β 20, residual 1e-10).")
public final class BenchTask1Command implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--alpha", defaultValue = "0.01:2.0:0.01", paramLabel = "LIST", description = "Loads (default ${DEFAULT-VALUE}).")
    String alpha;

    @picocli.CommandLine.Mixin
    BetaOption beta;

    @Option(names = "--warmup", defaultValue = "1", description = "Untimed sweeps first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--repeats", defaultValue = "3", description = "Timed sweeps (default ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--threads", defaultValue = "0", description = "Threads of the energetic term's integrals: 1"
            + " (one thread) or 0 (every processor; default ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() {
        if (threads != 0 && threads != 1) {
            throw UserInputException.malformed("--threads", "--threads must be 0 or 1, got " + threads);
        }
        Task1BenchSpec request = new Task1BenchSpec(ValueList.parse("--alpha", alpha), beta.value(), warmup, repeats,
                threads == 1);
        return Task1Benchmark.run(request, spec.commandLine().getOut()) ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
    }
}
