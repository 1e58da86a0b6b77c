package vcl.experiments.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vcl.plots.AxisSpec;
import vcl.plots.FigureSpec;
import vcl.plots.LineSeries;
import vcl.plots.PanelSpec;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private static FigureSpec figure() {
        return FigureSpec.of(PanelSpec.of(AxisSpec.linear("α"), AxisSpec.linear("ε_g"),
                LineSeries.of("theory", new double[] {0, 1, 2}, new double[] {0.5, 0.3, 0.2})));
    }

    private Set<String> names(Path folder) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> listing = Files.list(folder)) {
            listing.forEach(p -> names.add(p.getFileName().toString()));
        }
        return names;
    }

    @Test
    void figureFilesReplaceOldContentAndLeaveNoTemporaryFiles() throws Exception {
        Path folder = dir.resolve("sub");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("fig.svg"), "old");
        List<Path> files = FigureFiles.writeAll(figure(), folder, "fig");
        assertEquals(3, files.size());
        assertTrue(Files.readString(folder.resolve("fig.svg")).contains("<svg"));
        assertEquals("%PDF", new String(Files.readAllBytes(folder.resolve("fig.pdf")), 0, 4));
        assertEquals(Set.of("fig.png", "fig.svg", "fig.pdf"), names(folder));
    }

    @Test
    void failedWriteKeepsTheOldFileAndCleansUp() throws Exception {
        Path target = dir.resolve("data.txt");
        Files.writeString(target, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(Set.of("data.txt"), names(dir));
    }

    @Test
    void writeStringCreatesFoldersAndIsReadableByAll() throws Exception {
        Path target = dir.resolve("a/b/c.csv");
        AtomicFiles.writeString(target, "x,y\n1,2\n");
        assertEquals("x,y\n1,2\n", Files.readString(target));
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(target)));
        }
    }

    @Test
    void badBaseNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FigureFiles.writeAll(figure(), dir, "a/b"));
    }

    @Test
    void aFolderIsNeverReplacedByAFile() throws Exception {
        Path folder = dir.resolve("out");
        Files.createDirectories(folder);
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(folder, out -> out.write(1)));
        assertTrue(AtomicFiles.reason(folder, e).equals("is a folder, not a file"), AtomicFiles.reason(folder, e));
        assertTrue(Files.isDirectory(folder));
        assertEquals(Set.of("out"), names(dir));
    }
}
