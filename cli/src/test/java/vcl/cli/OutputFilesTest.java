package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vcl.experiments.io.AtomicFiles;
import vcl.experiments.io.FolderLock;

/** Issue 13 item 4: what {@code --out} may name, and how output files are written. */
class OutputFilesTest {

    private static final String[] SOLVE = {"solve", "task1", "--alpha", "1", "--beta", "2"};

    private static CliRunner.Result solve(String... more) {
        String[] args = java.util.Arrays.copyOf(SOLVE, SOLVE.length + more.length);
        System.arraycopy(more, 0, args, SOLVE.length, more.length);
        return CliRunner.run(args);
    }

    private static void oneLine(CliRunner.Result r) {
        String first = r.err().lines().filter(l -> l.startsWith("vcl: error")).findFirst().orElse("");
        assertFalse(first.isEmpty(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void dashIsStandardOutput(@TempDir Path dir) {
        CliRunner.Result r = solve("--out", "-");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("alpha,beta"), r.out());
        assertFalse(Files.exists(Path.of("-")));
    }

    @Test
    void anEmptyOutIsRefused() {
        CliRunner.Result r = solve("--out", "");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("vcl: error: --out: empty"), r.err());
        assertFalse(r.err().contains("solve task1: 1/"), "refused before the computation: " + r.err());
        oneLine(r);
    }

    @Test
    void aFolderAsFileAndAFileAsFolderAreRefusedBeforeComputing(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("f.csv"), "x");
        CliRunner.Result folder = solve("--out", dir.toString());
        assertEquals(2, folder.exitCode());
        assertTrue(folder.err().contains("is a folder"), folder.err());
        CliRunner.Result under = solve("--out", file.resolve("x.csv").toString());
        assertEquals(2, under.exitCode());
        assertTrue(under.err().contains("is a file"), under.err());
        for (List<String> cmd : List.of(List.of("figure", "1a", "--preset", "tiny", "--out", file.toString()),
                List.of("cl", "run", "--out", file.toString()),
                List.of("sweep", "run", "x.toml", "--out", file.toString()))) {
            CliRunner.Result r = CliRunner.run(cmd.toArray(String[]::new));
            assertEquals(2, r.exitCode(), cmd + ": " + r.err());
            assertTrue(r.err().contains("is a file, not a folder"), r.err());
            oneLine(r);
        }
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughNotReplaced(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("real.csv");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target);
        CliRunner.Result r = solve("--out", link.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(target).startsWith("alpha,beta"));
        AtomicFiles.writeString(link, "again\n");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("again\n", Files.readString(target));
    }

    @Test
    void aCharacterDeviceIsWrittenIntoNotReplaced() {
        Path devNull = Path.of("/dev/null");
        if (!Files.exists(devNull)) {
            return;
        }
        CliRunner.Result r = solve("--out", devNull.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(Files.isRegularFile(devNull));
        assertTrue(Files.exists(devNull));
    }

    @Test
    void aWriteFailureIsExit74InOneLine(@TempDir Path dir) {
        Path proc = Path.of("/proc/self/no-such-file.csv");
        if (!Files.isDirectory(proc.getParent())) {
            return;
        }
        CliRunner.Result r = solve("--out", proc.toString());
        assertEquals(ExitCodes.IO_ERROR, r.exitCode(), r.err());
        assertTrue(r.err().contains("cannot write"), r.err());
        oneLine(r);
    }

    @Test
    void staleTemporariesOfAKilledRunAreRemovedFreshOnesKept(@TempDir Path dir) throws Exception {
        Path old = Files.writeString(dir.resolve(".out.csv.123.tmp"), "partial");
        Path other = Files.writeString(dir.resolve(".other.csv.456.tmp"), "partial");
        Path fresh = Files.writeString(dir.resolve(".out.csv.789.tmp"), "being written");
        FileTime longAgo = FileTime.from(Instant.now().minus(AtomicFiles.STALE_TEMPORARY).minusSeconds(60));
        Files.setLastModifiedTime(old, longAgo);
        Files.setLastModifiedTime(other, longAgo);
        AtomicFiles.writeString(dir.resolve("out.csv"), "done\n");
        assertFalse(Files.exists(old), "the killed run's temporary of the same file");
        assertTrue(Files.exists(fresh), "a live writer's temporary is kept");
        assertTrue(Files.exists(other), "writing one file sweeps only its own temporaries");
        assertEquals(1, AtomicFiles.removeStaleTemporaries(dir));
        assertFalse(Files.exists(other));
        assertTrue(Files.exists(fresh));
    }

    @Test
    void aFolderLockMakesASecondWriterWait(@TempDir Path dir) throws Exception {
        java.util.concurrent.atomic.AtomicBoolean waited = new java.util.concurrent.atomic.AtomicBoolean();
        try (FolderLock first = FolderLock.acquire(dir, f -> { })) {
            assertTrue(Files.exists(dir.resolve(FolderLock.NAME)));
            // another process would wait; within one process the lock reports the overlap
            assertTrue(org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> FolderLock.acquire(dir, f -> waited.set(true))) != null);
        }
        assertFalse(Files.exists(dir.resolve(FolderLock.NAME)), "the lock file goes with the lock");
        try (FolderLock again = FolderLock.acquire(dir, f -> waited.set(true))) {
            assertFalse(waited.get(), "free again after close");
        }
    }
}
