package vcl.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.experiments.figures.FigureCatalog;
import vcl.experiments.figures.FigureRequest;

/** {@code vcl demo}: the main job for a newcomer: a paper figure, theory against simulation, quick preset. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Reproduce figure " + DemoCommand.FIGURE + " with the quick preset and print where the files are.")
public final class DemoCommand implements Callable<Integer> {

    static final String FIGURE = "2b";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR", converter = OutputPaths.Folder.class,
            description = "Output folder (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        return FigureCommand.render(FigureRequest.of(FigureCatalog.PAPER, FIGURE, "quick", out, 1, 0, true, 2),
                spec.commandLine());
    }
}
