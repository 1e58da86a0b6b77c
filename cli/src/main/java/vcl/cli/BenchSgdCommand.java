package vcl.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.experiments.bench.BaselineScript;
import vcl.experiments.bench.SgdBenchmark;
import vcl.experiments.spec.SgdBenchSpec;

/** {@code vcl bench sgd}: times the figure-1a SGD workload, optionally next to the numpy baseline ({@link SgdBenchmark}). */
@Command(name = "sgd", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time the figure-1a SGD workload; with --baseline, also the numpy baseline, and print the ratio.",
            "The Java runs are timed after a JIT warm-up; the baseline's time is the sum of its runs' own times,"
                + " without the interpreter's start-up and imports (printed beside it)."})
public final class BenchSgdCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--alpha", defaultValue = "0.5,1,1.5,2", paramLabel = "LIST", description = "Loads α (default ${DEFAULT-VALUE}).")
    String alpha;

    @Option(names = "--n", defaultValue = "1000", description = "Number of weights N (default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--seeds", defaultValue = "20", description = "Seeds per load (default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--epochs", defaultValue = "500", description = "Epochs (default ${DEFAULT-VALUE}).")
    int epochs;

    @CommandLine.Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--baseline", paramLabel = "SCRIPT", description = "Path of sgd_numpy.py to run as the baseline, from the current folder or"
            + " else from the project's folder (e.g. ../shared/bench/sgd_numpy.py).")
    Path baseline;

    @Option(names = "--python", defaultValue = "python3", description = "Python interpreter for the baseline (default ${DEFAULT-VALUE}).")
    String python;

    @Override
    public Integer call() throws IOException, InterruptedException {
        vcl.experiments.spec.SimulationLimits.check(n, seeds, 1, "--alpha",
                vcl.experiments.spec.ValueList.parse("--alpha", alpha));
        SgdBenchSpec request = new SgdBenchSpec(alpha, n, seeds, epochs, BaselineScript.resolve(baseline), python);
        SgdBenchmark.run(request, run.settings(), spec.commandLine().getOut(), spec.commandLine().getErr());
        return ExitCodes.OK;
    }
}
