package vcl.cli;

import vcl.experiments.io.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vcl.experiments.figures.FigureCatalog;
import vcl.experiments.figures.FigureContext;
import vcl.experiments.figures.FigureDefinition;
import vcl.experiments.figures.FigureResult;
import vcl.experiments.figures.FigureWriter;
import vcl.experiments.figures.Preset;
import vcl.experiments.figures.RunCache;

/** {@code vcl figure ID [--preset quick|paper] [--out DIR]} and {@code vcl figure --list}. */
@Command(name = "figure", mixinStandardHelpOptions = true,
        description = {"Reproduce a figure of the paper: theory and simulation on the same axes.",
            "Writes ID.png, ID.svg, ID.pdf, ID.csv (every plotted number) and ID.json (parameters, seeds,",
            "version, git commit, run time) into --out, and prints the theory-simulation distance."})
public final class FigureCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "Figure id (see --list).")
    String id;

    @Option(names = "--list", description = "List the figures and their presets.")
    boolean list;

    @Option(names = "--preset", defaultValue = "quick",
            description = "quick, paper, or tiny (a smoke-test size) (default ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR", description = "Output folder (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Master seed of the simulations (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "0", description = "Threads for simulations (0 = all cores).")
    int threads;

    @Option(names = "--no-cache", description = "Recompute every simulation run (by default finished runs are kept in DIR/.cache, so a stopped figure resumes where it stopped).")
    boolean noCache;

    @Option(names = "--png-scale", defaultValue = "2", paramLabel = "S",
            description = "PNG pixels per point (default ${DEFAULT-VALUE}: 1600x1200 px per panel).")
    double pngScale;

    @Override
    public Integer call() {
        if (list) {
            for (FigureDefinition f : FigureCatalog.all()) {
                System.out.printf("%-4s %s%n     presets: %s%n", f.id(), f.title(), f.presets());
            }
            return ExitCodes.OK;
        }
        if (id == null) {
            throw new IllegalArgumentException("figure: give a figure ID (one of " + FigureCatalog.ids() + ") or --list");
        }
        FigureDefinition fig = FigureCatalog.find(id).orElseThrow(() -> new IllegalArgumentException(
                "figure: unknown ID '" + id + "'; valid ids: " + FigureCatalog.ids()));
        Preset p;
        try {
            p = Preset.valueOf(preset);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--preset: unknown preset '" + preset + "'; valid presets: quick, paper, tiny");
        }
        Checks.atLeast("--threads", threads, 0);
        int nThreads = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        if (!(pngScale >= 0.25 && pngScale <= 8)) {
            throw new IllegalArgumentException("--png-scale must lie in [0.25, 8], got " + pngScale);
        }
        return render(fig, p, out, new FigureContext(seed, nThreads, Progress::start, noCache ? RunCache.NONE : new RunCache(out.resolve(".cache"))), pngScale);
    }

    /** Computes and writes one figure, printing where the files are and the agreement. */
    static int render(FigureDefinition fig, Preset p, Path out, FigureContext context, double pngScale) {
        System.err.println("figure " + fig.id() + " (" + p + "): " + fig.title());
        long t0 = System.nanoTime();
        FigureResult built = fig.build(p, context);
        FigureResult result = new FigureResult(built.figure().withPngScale(pngScale), built.data(), built.parameters(),
                built.theorySimulationDistance());
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Path> files = FigureWriter.write(fig.id(), p, result, out, seconds, context.masterSeed());
        System.out.printf("figure %s (%s preset) computed in %.1f s%n", fig.id(), p, seconds);
        for (Path f : files) {
            System.out.println("  wrote " + f);
        }
        result.theorySimulationDistance().ifPresent(d ->
                System.out.printf("  theory-simulation distance: mean |delta eps| = %.4f over the shared alpha%n", d));
        return ExitCodes.OK;
    }
}
