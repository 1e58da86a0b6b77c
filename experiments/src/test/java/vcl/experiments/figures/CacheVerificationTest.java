package vcl.experiments.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vcl.sim.run.RunResult;
import vcl.sim.run.Task1Config;
import vcl.sim.run.Task1Run;

/**
 * Issue 13 item 5: a run-cache entry carries its key, length and checksum; a tampered, copied,
 * truncated, oversized or misplaced entry is recomputed with a warning, never trusted.
 */
class CacheVerificationTest {

    private static final Task1Config CFG = Task1Config.figure1a(64, 1.0, 3, 1);

    private final List<String> warnings = new ArrayList<>();
    private final AtomicInteger computed = new AtomicInteger();

    private RunResult run(RunCache cache, long seed) {
        return Task1Run.run(CFG, seed, (description, seeds, compute) -> cache.get(description, seeds, () -> {
            computed.incrementAndGet();
            return compute.get();
        }));
    }

    private static Path onlyEntry(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            List<Path> all = files.filter(f -> f.getFileName().toString().endsWith(".run")).toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    /** Stores a run, damages its entry with {@code damage}, and checks the rerun recomputes it with a warning. */
    private void recomputedAfter(Path dir, Supplier<String> damage) throws Exception {
        RunCache cache = new RunCache(dir, warnings::add);
        RunResult first = run(cache, 1L);
        assertEquals(1, computed.get());
        String expected = damage.get();
        RunResult again = run(cache, 1L);
        assertEquals(2, computed.get(), "recomputed, not trusted");
        assertEquals(first.trajectory(), again.trajectory());
        assertArrayEquals(first.fields(), again.fields());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains(expected), warnings.get(0));
        run(cache, 1L);
        assertEquals(2, computed.get(), "the rewritten entry is trusted again");
    }

    @Test
    void aTamperedByteIsDetected(@TempDir Path dir) throws Exception {
        recomputedAfter(dir, () -> unchecked(() -> {
            Path f = onlyEntry(dir);
            byte[] b = Files.readAllBytes(f);
            b[b.length - 5] ^= 1;
            Files.write(f, b);
            return "checksum mismatch";
        }));
    }

    @Test
    void aTruncatedEntryIsDetected(@TempDir Path dir) throws Exception {
        recomputedAfter(dir, () -> unchecked(() -> {
            Path f = onlyEntry(dir);
            byte[] b = Files.readAllBytes(f);
            Files.write(f, java.util.Arrays.copyOf(b, b.length - 8));
            return "truncated or extended";
        }));
    }

    @Test
    void anEntryCopiedToAnotherKeyIsDetected(@TempDir Path dir) throws Exception {
        RunCache cache = new RunCache(dir, warnings::add);
        run(cache, 1L);
        Path one = onlyEntry(dir);
        Files.move(one, dir.resolve("kept.bin"));
        run(cache, 2L);
        Path two = onlyEntry(dir);
        Files.copy(dir.resolve("kept.bin"), two, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        int before = computed.get();
        RunResult again = run(cache, 2L);
        assertEquals(before + 1, computed.get());
        assertTrue(warnings.get(0).contains("stored under key"), warnings.toString());
        assertEquals(Task1Run.run(CFG, 2L, RunCache.NONE).trajectory(), again.trajectory());
    }

    @Test
    void anOversizedEntryIsNotRead(@TempDir Path dir) throws Exception {
        recomputedAfter(dir, () -> unchecked(() -> {
            try (RandomAccessFile f = new RandomAccessFile(onlyEntry(dir).toFile(), "rw")) {
                f.setLength(RunCache.MAX_ENTRY_BYTES + 1);   // sparse: no disk, and never loaded
            }
            return "more than the";
        }));
    }

    @Test
    void anEntryThatIsAFolderIsComputedAroundWithAWarning(@TempDir Path dir) throws Exception {
        RunCache cache = new RunCache(dir, warnings::add);
        run(cache, 1L);
        Path f = onlyEntry(dir);
        Files.delete(f);
        Files.createDirectory(f);
        run(cache, 1L);
        assertEquals(2, computed.get());
        assertTrue(warnings.get(0).contains("is a folder"), warnings.toString());
    }

    @Test
    void aCacheFolderThatIsAFileIsComputedAroundWithAWarning(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("cache"), "not a folder");
        RunCache cache = new RunCache(file, warnings::add);
        RunResult r = run(cache, 1L);
        assertEquals(Task1Run.run(CFG, 1L, RunCache.NONE).trajectory(), r.trajectory());
        assertTrue(warnings.get(0).contains("is a file, not a folder"), warnings.toString());
        assertEquals("not a folder", Files.readString(file));
    }

    private interface Body {
        String get() throws Exception;
    }

    private static String unchecked(Body body) {
        try {
            return body.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCacheThatCannotBeWrittenIsWarnedAboutOnceAndTheFigureGoesOn(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("cache"), dir.resolve("missing-target-parent/x"));
        Files.writeString(dir.resolve("missing-target-parent"), "a file, so the link's folder cannot be made");
        RunCache cache = new RunCache(link, warnings::add);
        RunResult a = run(cache, 1L);
        run(cache, 2L);
        assertEquals(Task1Run.run(CFG, 1L, RunCache.NONE).trajectory(), a.trajectory());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("cannot write "), warnings.toString());
    }

    @Test
    void aDivergedRunIsReportedWhetherComputedOrReadBack(@TempDir Path dir) {
        RunResult diverged = new RunResult(List.of(vcl.sim.run.EpochRecord.divergedAt(1, 7, Double.NaN, Double.NaN,
                Double.NaN)), new double[] {Double.NaN}, false);
        RunCache cache = new RunCache(dir, warnings::add);
        assertTrue(cache.get("a diverging run", new long[] {3}, () -> diverged).diverged());
        assertTrue(cache.get("a diverging run", new long[] {3}, () -> diverged).diverged());
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("a run diverged at epoch 7"), warnings.get(0));
        RunCache none = new RunCache(null, warnings::add);
        none.get("a diverging run", new long[] {3}, () -> diverged);
        assertEquals(3, warnings.size(), "also without a cache folder");
    }
}
