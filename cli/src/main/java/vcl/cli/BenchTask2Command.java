package vcl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.experiments.bench.Task2Benchmark;
import vcl.experiments.spec.Task2BenchSpec;
import vcl.experiments.spec.ValueList;

/** {@code vcl bench task2}: times the task-2 theory grid of figures 3a-3d ({@link Task2Benchmark}). */
@Command(name = "task2", mixinStandardHelpOptions = true,
        description = "Time the task-2 theory grid of figures 3a-3d (α1 2, β 20, residual 1e-10).")
public final class BenchTask2Command implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--alpha1", defaultValue = "2", description = "Load of task 1 (default ${DEFAULT-VALUE}).")
    double alpha1;

    @picocli.CommandLine.Mixin
    BetaOption beta;

    @Option(names = "--gamma1-alpha2", defaultValue = "0.01,0.1,0.5:7:0.5", paramLabel = "LIST",
            description = "α2 values at γ = 1 (default ${DEFAULT-VALUE}).")
    String alpha2Strong;

    @Option(names = "--gamma01-alpha2", defaultValue = "0.01,0.1,0.5,1,2,5", paramLabel = "LIST",
            description = "α2 values at γ = 0.1 (default ${DEFAULT-VALUE}).")
    String alpha2Weak;

    @Option(names = "--r0", defaultValue = "-0.5,0,0.5", paramLabel = "LIST", description = "Teacher overlaps (default ${DEFAULT-VALUE}).")
    String r0;

    @picocli.CommandLine.Mixin
    ThreadsOption threads;

    @Option(names = "--warmup", defaultValue = "0", description = "Untimed grids first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--transition", description = "Also locate the first-order transitions (timed separately).")
    boolean transition;

    @Override
    public Integer call() throws Exception {
        Task2BenchSpec request = new Task2BenchSpec(alpha1, beta.value(), ValueList.parse("--gamma1-alpha2", alpha2Strong),
                ValueList.parse("--gamma01-alpha2", alpha2Weak), ValueList.parse("--r0", r0), threads.value(), warmup, transition);
        return Task2Benchmark.run(request, spec.commandLine().getOut()) ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
    }
}
