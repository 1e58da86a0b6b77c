package vcl.experiments.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code vcl sweep run}: computes the tasks of a sweep (or of one shard) that its folder does not hold
 * yet, on a number of threads, each task's rows stored atomically as it finishes; then writes the CSV
 * from the stored rows in task order. Rerun after a kill, it computes only the missing tasks and
 * writes the same bytes an uninterrupted run writes.
 */
public final class SweepRunner {

    private SweepRunner() {
    }

    /**
     * Runs {@code spec} into {@code folder}.
     *
     * @param shard   the part to compute ({@link Shard#ALL} for all)
     * @param threads tasks computed at once, at least 1
     * @param err     progress lines, or null for none
     */
    public static SweepOutcome run(SweepSpec spec, Path folder, Shard shard, int threads, PrintWriter err)
            throws IOException {
        if (threads < 1) {
            throw new vcl.experiments.spec.UserInputException("--threads", "at least 1", Integer.toString(threads));
        }
        SweepGrid grid = SweepGrid.of(spec);
        SweepDirectory dir = SweepDirectory.open(folder, spec, grid.tasks().size());
        Set<Integer> done = dir.done();
        List<SweepTask> mine = grid.tasks().stream().filter(t -> shard.contains(t.index())).toList();
        List<SweepTask> pending = mine.stream().filter(t -> !done.contains(t.index())).toList();
        long total = mine.stream().mapToLong(SweepTask::points).sum();
        long computed = pending.stream().mapToLong(SweepTask::points).sum();
        SweepProgress progress = new SweepProgress(err, total, total - computed);
        compute(spec, pending, dir, threads, progress);
        Map<Integer, SweepDirectory> sources = new LinkedHashMap<>();
        mine.forEach(t -> sources.put(t.index(), dir));
        Path csv = folder.resolve(shard.whole() ? SweepDirectory.RESULTS
                : String.format("shard-%d-of-%d.csv", shard.k(), shard.n()));
        SweepDirectory.assemble(csv, dir.header(), sources);
        return new SweepOutcome(total, computed, csv, notConverged(csv, dir.columns()));
    }

    private static void compute(SweepSpec spec, List<SweepTask> pending, SweepDirectory dir, int threads,
            SweepProgress progress) {
        if (pending.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, pending.size()), r -> {
            Thread t = new Thread(r, "sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            ExecutorCompletionService<SweepTask> service = new ExecutorCompletionService<>(pool);
            List<Future<SweepTask>> futures = new ArrayList<>();
            for (SweepTask task : pending) {
                futures.add(service.submit(() -> {
                    dir.write(task.index(), SweepRows.compute(spec, task));
                    return task;
                }));
            }
            for (int i = 0; i < pending.size(); i++) {
                progress.add(service.take().get().points());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Rows whose {@code converged} cell is {@code false} (0 when there is no such column). */
    static long notConverged(Path csv, List<String> columns) {
        int at = columns.indexOf("converged");
        if (at < 0) {
            return 0;
        }
        try (var lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            return lines.skip(1).filter(l -> {
                String[] cells = l.split(",", -1);
                return cells.length > at && cells[at].equals("false");
            }).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
