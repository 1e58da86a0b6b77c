package vcl.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.experiments.bench.BaselineScript;
import vcl.experiments.bench.MlpBenchmark;
import vcl.experiments.spec.MlpBenchSpec;

/** {@code vcl bench mlp}: times the deep workload, optionally next to the numpy baseline ({@link MlpBenchmark}). */
@Command(name = "mlp", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time a training epoch and the evaluation of the variational binary MLP (784-512-512-10,"
                + " batch 64, 500 batches) on random data, and the hot matrix product; with --baseline, also"
                + " mlp_numpy.py --synthetic --epochs 1, and print the ratio."})
public final class BenchMlpCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--epochs", defaultValue = "3", description = "Training epochs to time; the median of all but"
            + " the first is reported (default ${DEFAULT-VALUE}).")
    int epochs;

    @CommandLine.Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--baseline", paramLabel = "SCRIPT", description = "Path of mlp_numpy.py to run as the baseline, from the current folder or"
            + " else from the project's folder (e.g. ../shared/bench/mlp_numpy.py).")
    Path baseline;

    @Option(names = "--python", defaultValue = "python3", description = "Python interpreter for the baseline (default ${DEFAULT-VALUE}).")
    String python;

    @Override
    public Integer call() throws IOException, InterruptedException {
        MlpBenchmark.run(new MlpBenchSpec(epochs, BaselineScript.resolve(baseline), python), run.settings(), spec.commandLine().getOut(),
                spec.commandLine().getErr());
        return ExitCodes.OK;
    }
}
