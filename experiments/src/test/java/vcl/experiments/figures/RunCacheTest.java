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
import vcl.sim.run.SequenceRun;
import vcl.sim.run.Task2Sweep;
import vcl.sim.run.Task1Config;
import vcl.sim.run.Task1Run;
import vcl.sim.run.Task1Sweep;

class RunCacheTest {

    /** {@code cache}, counting the runs it had to compute. */
    private static SequenceRun.Store counting(RunCache cache, AtomicInteger computed) {
        return (description, seeds, compute) -> cache.get(description, seeds, () -> {
            computed.incrementAndGet();
            return compute.get();
        });
    }

    @Test
    void finishedRunsAreReadBackBitForBitAndNotRecomputed(@TempDir Path dir) throws Exception {
        Task1Config cfg = Task1Config.figure1a(64, 1.0, 5, 1);
        RunCache cache = new RunCache(dir);
        AtomicInteger computed = new AtomicInteger();
        RunResult first = Task1Run.run(cfg, 7L, counting(cache, computed));
        RunResult again = Task1Run.run(cfg, 7L, counting(new RunCache(dir), computed));
        assertEquals(1, computed.get(), "the second figure run reads the stored result");
        assertEquals(first.trajectory(), again.trajectory());
        assertArrayEquals(first.fields(), again.fields());
        assertEquals(first.stoppedEarly(), again.stoppedEarly());
        // another seed or another configuration is another run
        Task1Run.run(cfg, 8L, counting(cache, computed));
        Task1Run.run(cfg.withAlpha(0.5), 7L, counting(cache, computed));
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
    void task1FigureRunsAreSequenceEntriesReadTheSecondTime(@TempDir Path dir) {
        Task1Config template = Task1Config.figure1a(48, 1.0, 4, 2);
        double[] alphas = {0.5, 1.5};
        FigureContext first = new FigureContext(5L, 2, Progress.SILENT, new RunCache(dir));
        List<Task1Sweep.Run> computed = first.task1Runs("task 1", template, alphas, 2);
        assertEquals(0, first.cache().hits());
        FigureContext second = new FigureContext(5L, 1, Progress.SILENT, new RunCache(dir));
        List<Task1Sweep.Run> read = second.task1Runs("task 1", template, alphas, 2);
        assertEquals(4, second.cache().hits(), "every run read from the cache");
        for (int i = 0; i < computed.size(); i++) {
            assertEquals(computed.get(i).result().trajectory(), read.get(i).result().trajectory());
            assertArrayEquals(computed.get(i).result().fields(), read.get(i).result().fields());
        }
    }

    @Test
    void aDamagedEntryIsRecomputed(@TempDir Path dir) throws Exception {
        Task1Config cfg = Task1Config.figure1a(64, 1.0, 3, 1);
        RunCache cache = new RunCache(dir);
        RunResult first = Task1Run.run(cfg, 1L, cache);
        try (var files = Files.list(dir)) {
            Path f = files.findFirst().orElseThrow();
            Files.write(f, new byte[] {0, 0, 0, 1, 1});
        }
        RunResult again = Task1Run.run(cfg, 1L, cache);
        assertEquals(first.trajectory(), again.trajectory());
    }
}
