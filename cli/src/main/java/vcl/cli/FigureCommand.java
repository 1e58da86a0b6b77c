package vcl.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vcl.experiments.figures.FigureCatalog;
import vcl.experiments.figures.FigureRun;
import vcl.experiments.figures.FigureRequest;

/** {@code vcl figure ID [--preset quick|paper] [--out DIR]} and {@code vcl figure --list}. */
@Command(name = "figure", mixinStandardHelpOptions = true,
        description = {"Reproduce a figure of the paper: theory and simulation on the same axes.",
            "Writes ID.png, ID.svg, ID.pdf, ID.csv (every plotted number) and ID.json (parameters, seeds,"
                + " version, git commit, command line, run time) into --out, and prints the theory-simulation"
                + " distance."})
public final class FigureCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "Figure id (see --list).")
    String id;

    @Option(names = "--list", description = "List the figures and their presets.")
    boolean list;

    @Option(names = "--preset", defaultValue = "quick",
            description = "quick, paper, or tiny (a smoke-test size) (default ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR", converter = OutputPaths.Folder.class,
            description = "Output folder (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Master seed of the simulations (default ${DEFAULT-VALUE}).")
    long seed;

    @picocli.CommandLine.Mixin
    ThreadsOption threads;

    @Option(names = "--no-cache", description = "Recompute every simulation run (by default finished runs are kept in DIR/.cache, so a stopped figure resumes where it stopped).")
    boolean noCache;

    @Option(names = "--png-scale", defaultValue = "2", paramLabel = "S",
            description = "PNG pixels per point (default ${DEFAULT-VALUE}: 1600x1200 px per panel).")
    double pngScale;

    @Override
    public Integer call() {
        if (list) {
            spec.commandLine().getOut().print(FigureCatalog.PAPER.listing());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        return render(FigureRequest.of(FigureCatalog.PAPER, id, preset, out, seed, threads.value(), !noCache, pngScale),
                spec.commandLine());
    }

    /** Computes and writes one figure, printing where the files are and the agreement. */
    static int render(FigureRequest request, CommandLine cmd) {
        FigureRun.render(request.figure(), request.preset(), request.out(), request.context(), request.pngScale(),
                cmd.getOut(), cmd.getErr());
        return ExitCodes.OK;
    }
}
