package vcl.sim.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs the deep learners' work on a fixed number of threads, or in order on the caller's thread,
 * so that no number depends on the thread count:
 * <ul>
 *   <li>{@link #run}: independent pieces 0..count−1 whose number is fixed by the problem (column
 *       blocks, batch or test-set chunks), never by the threads; pieces write disjoint memory;</li>
 *   <li>{@link #elementwise}: an index range cut into one piece per thread, only for work where each
 *       element is computed by the same arithmetic whatever the cut.</li>
 * </ul>
 */
public final class Blockwork implements AutoCloseable {

    /** What one piece of element-wise work does with its index range. */
    @FunctionalInterface
    public interface Range {
        void run(int from, int to);
    }

    /** Below this many elements, element-wise work runs on the caller's thread. */
    private static final int ELEMENTWISE_MINIMUM = 4096;

    private final ExecutorService pool;
    private final int threads;

    private Blockwork(int threads) {
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vcl-sim-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Work on {@code threads} threads (1: the caller's thread only). */
    public static Blockwork of(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        return new Blockwork(threads);
    }

    /** Pieces of {@code size} needed to cover {@code total} items. */
    public static int count(int total, int size) {
        return (total + size - 1) / size;
    }

    /** Runs {@code range} over 0..n−1, cut into one piece per thread, and returns when all are done. */
    public void elementwise(int n, Range range) {
        if (pool == null || n < ELEMENTWISE_MINIMUM) {
            range.run(0, n);
            return;
        }
        run(threads, p -> range.run((int) ((long) n * p / threads), (int) ((long) n * (p + 1) / threads)));
    }

    /** Runs {@code piece.accept(i)} for i = 0..count−1 and returns when all are done. */
    public void run(int count, IntConsumer piece) {
        if (pool == null || count == 1) {
            for (int i = 0; i < count; i++) {
                piece.accept(i);
            }
            return;
        }
        List<Callable<Void>> jobs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int index = i;
            jobs.add(() -> {
                piece.accept(index);
                return null;
            });
        }
        try {
            for (Future<Void> f : pool.invokeAll(jobs)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
