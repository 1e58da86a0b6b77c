package vcl.experiments.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vcl.plots.ExportFormat;
import vcl.plots.FigureExporter;
import vcl.plots.FigureSpec;

/** Writes a figure as {@code folder/baseName.png}, {@code .svg} and {@code .pdf}, each file atomically. */
public final class FigureFiles {

    private FigureFiles() {
    }

    /** Writes {@code folder/baseName.png}, {@code .svg} and {@code .pdf} (in that order); returns the files written. */
    public static List<Path> writeAll(FigureSpec figure, Path folder, String baseName) throws IOException {
        if (baseName == null || baseName.isBlank() || baseName.contains("/") || baseName.contains("\\")) {
            throw new IllegalArgumentException("base name '" + baseName + "' must be a plain, non-empty file name");
        }
        List<Path> written = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            Path file = folder.resolve(baseName + "." + format.extension());
            byte[] bytes = FigureExporter.render(figure, format);
            AtomicFiles.write(file, out -> out.write(bytes));
            written.add(file);
        }
        return written;
    }
}
