package vcl.experiments.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
        SweepPlan plan = SweepPlan.open(spec, folder, shard, err);
        compute(plan, threads);
        return plan.finish();
    }

    private static void compute(SweepPlan plan, int threads) {
        List<SweepTask> pending = plan.pending();
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
            for (SweepTask task : pending) {
                service.submit(() -> {
                    plan.store(task.index(), SweepRows.compute(plan.spec(), task, plan.folder()));
                    return task;
                });
            }
            for (int i = 0; i < pending.size(); i++) {
                service.take().get();
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

    /**
     * Rows whose {@code converged} cell is {@code false}, or whose {@code status} cell is
     * {@code diverged} ({@code cl run}); 0 when there is no such column.
     */
    static long notConverged(Path csv, List<String> columns) {
        int converged = columns.indexOf("converged");
        int status = columns.indexOf("status");
        if (converged < 0 && status < 0) {
            return 0;
        }
        try (var lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            return lines.skip(1).filter(l -> {
                String[] cells = l.split(",", -1);
                return converged >= 0 && cells.length > converged && cells[converged].equals("false")
                        || status >= 0 && cells.length > status && cells[status].equals("diverged");
            }).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
