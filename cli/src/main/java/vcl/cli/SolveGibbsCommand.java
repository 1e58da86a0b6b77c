package vcl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.experiments.solve.GibbsSolve;
import vcl.experiments.solve.SolveTable;
import vcl.experiments.spec.GibbsSolveSpec;
import vcl.experiments.spec.ValueList;

/** {@code vcl solve gibbs}: Gibbs learning of the binary (Ising) teacher-student perceptron. */
@Command(name = "gibbs", mixinStandardHelpOptions = true,
        description = {"Gibbs learning of the binary teacher-student perceptron (w = ±1, error counting).",
            "The poor branch (R < 1) and the perfect state (R = 1) at every α; with --transition the first-order",
            "transition (the poor branch's free entropy, at T = 0 its entropy, reaches 0) and its spinodal."})
public final class SolveGibbsCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--alpha", required = true, paramLabel = "LIST",
            description = "Loads α in (0, 50]: values and ranges start:stop:step, e.g. 0.5:1.5:0.1,2")
    String alpha;

    @Option(names = "--temperature", paramLabel = "T", description = "Learning temperature T = 1/β in (0, 100].")
    Double temperature;

    @Option(names = "--zero-temperature",
            description = "Zero temperature: the version space, exactly (the default when no --temperature is given).")
    boolean zeroTemperature;

    @picocli.CommandLine.Mixin
    SolverOptions solverOptions;

    @Override
    public Integer call() {
        GibbsSolveSpec request = new GibbsSolveSpec(ValueList.parse("--alpha", alpha),
                GibbsSolveSpec.temperatureOf(temperature, zeroTemperature), solverOptions.transition,
                solverOptions.settings());
        SolveTable result = GibbsSolve.run(request, spec.commandLine().getErr());
        return SolveOutput.emit(result, solverOptions, spec.commandLine());
    }
}
