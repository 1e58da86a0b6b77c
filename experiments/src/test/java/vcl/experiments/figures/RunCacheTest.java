package vcl.experiments.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vcl.experiments.io.Progress;
import vcl.sim.run.RunResult;
import vcl.sim.run.Task2Sweep;
import vcl.sim.run.Task1Config;
import vcl.sim.run.Task1Run;

class RunCacheTest {

    @Test
    void finishedRunsAreReadBackBitForBitAndNotRecomputed(@TempDir Path dir) throws Exception {
        Task1Config cfg = Task1Config.figure1a(64, 1.0, 5, 1);
        RunCache cache = new RunCache(dir);
        AtomicInteger computed = new AtomicInteger();
        RunResult first = cache.get(cfg, 7L, () -> {
            computed.incrementAndGet();
            return Task1Run.run(cfg, 7L);
        });
        RunResult again = new RunCache(dir).get(cfg, 7L, () -> {
            computed.incrementAndGet();
            return Task1Run.run(cfg, 7L);
        });
        assertEquals(1, computed.get(), "the second figure run reads the stored result");
        assertEquals(first.trajectory(), again.trajectory());
        assertArrayEquals(first.fields(), again.fields());
        assertEquals(first.stoppedEarly(), again.stoppedEarly());
        // another seed or another configuration is another run
        cache.get(cfg, 8L, () -> {
            computed.incrementAndGet();
            return Task1Run.run(cfg, 8L);
        });
        cache.get(cfg.withAlpha(0.5), 7L, () -> {
            computed.incrementAndGet();
            return Task1Run.run(cfg.withAlpha(0.5), 7L);
        });
        assertEquals(3, computed.get());
        try (var files = Files.list(dir)) {
            assertEquals(3, files.filter(f -> f.toString().endsWith(".run")).count());
        }
    }

    @Test
    void aTask2ProtocolRunTwiceReadsEveryTaskFromTheCacheTheSecondTime(@TempDir Path dir) throws Exception {
        Task2Protocol protocol = Task2Protocol.momentumSgd(60, 2, 1.5, 6, 3, "test");
        double[] alpha2 = {0.5, 1};
        double[] r0 = {0.5};
        FigureContext first = new FigureContext(3L, 2, Progress.SILENT, new RunCache(dir));
        List<Task2Sweep.Run> computed = protocol.run(alpha2, r0, 1, "task 2", first);
        assertEquals(0, first.cache().hits());
        try (var files = Files.list(dir)) {
            assertEquals(2 + 2 * 2, files.filter(f -> f.toString().endsWith(".run")).count(),
                    "one entry per task 1 (per seed) and per task 2 (per point and seed)");
        }
        FigureContext second = new FigureContext(3L, 1, Progress.SILENT, new RunCache(dir));
        List<Task2Sweep.Run> read = protocol.run(alpha2, r0, 1, "task 2", second);
        assertEquals(2 + 2 * 2, second.cache().hits(), "every task read from the cache");
        assertEquals(computed, read);
        List<Task2Sweep.Run> uncached = protocol.run(alpha2, r0, 1, "task 2",
                new FigureContext(3L, 2, Progress.SILENT, RunCache.NONE));
        assertEquals(uncached, computed, "the cache does not change the numbers");
        // another gamma: task 1 comes from the cache, task 2 is trained
        FigureContext third = new FigureContext(3L, 2, Progress.SILENT, new RunCache(dir));
        protocol.run(alpha2, r0, 0.5, "task 2", third);
        assertEquals(2, third.cache().hits());
    }

    @Test
    void aDamagedEntryIsRecomputed(@TempDir Path dir) throws Exception {
        Task1Config cfg = Task1Config.figure1a(64, 1.0, 3, 1);
        RunCache cache = new RunCache(dir);
        RunResult first = cache.get(cfg, 1L, () -> Task1Run.run(cfg, 1L));
        try (var files = Files.list(dir)) {
            Path f = files.findFirst().orElseThrow();
            Files.write(f, new byte[] {0, 0, 0, 1, 1});
        }
        RunResult again = cache.get(cfg, 1L, () -> Task1Run.run(cfg, 1L));
        assertEquals(first.trajectory(), again.trajectory());
    }
}
