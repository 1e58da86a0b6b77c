package vcl.experiments.figures;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import vcl.experiments.io.FolderLock;

/** Computes one figure and writes its five files, reporting where they are and the agreement. */
public final class FigureRun {

    private FigureRun() {
    }

    /**
     * Builds {@code figure} for {@code preset} and writes ID.png, ID.svg, ID.pdf, ID.csv and ID.json
     * into {@code folder}; the title goes to {@code err}, the files and the theory–simulation
     * distance to {@code out}.
     *
     * @return the files written
     */
    public static List<Path> render(FigureDefinition figure, Preset preset, Path folder, FigureContext context,
            double pngScale, PrintWriter out, PrintWriter err) {
        err.println("figure " + figure.id() + " (" + preset + "): " + figure.title());
        err.flush();
        long t0 = System.nanoTime();
        FigureResult built = figure.build(preset, context);
        FigureResult result = new FigureResult(built.figure().withPngScale(pngScale), built.data(), built.parameters(),
                built.theorySimulationDistance(), built.agreement());
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Path> files;
        try (FolderLock lock = FolderLock.acquire(folder, f -> {
            err.println("figure " + figure.id() + ": waiting for another run writing into " + folder + " (" + f + ")");
            err.flush();
        })) {
            vcl.experiments.io.AtomicFiles.removeStaleTemporaries(folder);
            files = FigureWriter.write(figure.id(), preset, result, folder, seconds, context.masterSeed());
        }
        out.printf("figure %s (%s preset) computed in %.1f s%n", figure.id(), preset, seconds);
        for (Path f : files) {
            out.println("  wrote " + f);
        }
        result.theorySimulationDistance().ifPresent(d ->
                out.printf("  theory-simulation distance: mean |delta eps| = %.4f over the shared alpha%n", d));
        result.agreement().ifPresent(a -> {
            out.printf(java.util.Locale.ROOT, "  largest |delta %s| = %.4f; %d of %d points beyond %.2f%n", a.quantity(),
                    a.max(), a.beyond().size(), a.points().size(), a.tolerance());
            for (String w : a.warnings(figure.id())) {
                err.println("warning: " + w);
            }
        });
        out.flush();
        err.flush();
        return files;
    }
}
