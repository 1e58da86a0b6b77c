package vcl.experiments.figures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import vcl.experiments.io.Progress;
import vcl.experiments.spec.Range;
import vcl.experiments.spec.UserInputException;

/**
 * {@code vcl figure ID}: which figure, how much of it, and where it goes, validated once.
 *
 * @param figure     the figure
 * @param preset     how much of it to compute
 * @param out        the output folder (created when missing; not an existing file)
 * @param seed       master seed of the simulations
 * @param threads    threads for simulations, at least 0 (0: every processor)
 * @param cache      keep finished runs in {@code out/.cache} (a stopped figure resumes)
 * @param pngScale   PNG pixels per point, in [0.25, 8]
 */
public record FigureRequest(FigureDefinition figure, Preset preset, Path out, long seed, int threads, boolean cache,
        double pngScale) {

    /** The allowed PNG scales. */
    public static final Range PNG_SCALE = Range.closed(0.25, 8);

    public FigureRequest {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(out, "out");
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw UserInputException.malformed("--out", "--out: " + out + " is a file, not a folder");
        }
        Range.atLeast(0).check("--threads", threads);
        PNG_SCALE.check("--png-scale", pngScale);
    }

    /** The figure {@code id} of {@code catalog} with the preset named {@code preset}, or a {@link UserInputException}. */
    public static FigureRequest of(FigureCatalog catalog, String id, String preset, Path out, long seed, int threads,
            boolean cache, double pngScale) {
        if (id == null) {
            throw UserInputException.malformed("ID", "figure: give a figure ID (one of " + catalog.ids() + ") or --list");
        }
        FigureDefinition figure = catalog.find(id).orElseThrow(() -> UserInputException.malformed("ID",
                "figure: unknown ID '" + id + "'; valid ids: " + catalog.ids()));
        Preset p;
        try {
            p = Preset.valueOf(preset);
        } catch (IllegalArgumentException e) {
            throw UserInputException.malformed("--preset",
                    "--preset: unknown preset '" + preset + "'; valid presets: quick, paper, tiny");
        }
        return new FigureRequest(figure, p, out, seed, threads, cache, pngScale);
    }

    /** Seed, threads, progress on stderr and the run cache for the figure's computation. */
    public FigureContext context() {
        int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        return new FigureContext(seed, n, Progress::start, cache ? new RunCache(out.resolve(".cache")) : RunCache.NONE);
    }
}
