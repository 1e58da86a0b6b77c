package vcl.cli;

import vcl.experiments.io.Progress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.experiments.figures.FigureCatalog;
import vcl.experiments.figures.FigureContext;
import vcl.experiments.figures.Preset;
import vcl.experiments.figures.RunCache;

/** {@code vcl demo}: the main job for a newcomer: a paper figure, theory against simulation, quick preset. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Reproduce figure " + DemoCommand.FIGURE + " with the quick preset and print where the files are.")
public final class DemoCommand implements Callable<Integer> {

    static final String FIGURE = "2b";

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR", description = "Output folder (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        return FigureCommand.render(FigureCatalog.find(FIGURE).orElseThrow(), Preset.quick, out,
                new FigureContext(1, Runtime.getRuntime().availableProcessors(), Progress::start,
                        new RunCache(out.resolve(".cache"))), 2);
    }
}
