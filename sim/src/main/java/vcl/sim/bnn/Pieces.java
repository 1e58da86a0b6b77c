package vcl.sim.bnn;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Element-wise work on an index range 0..n−1 cut into one piece per thread (or run in order on the
 * caller's thread). Only for work where every element is computed by the same arithmetic whatever
 * the cut, so that no number depends on the thread count.
 */
final class Pieces implements AutoCloseable {

    /** What one piece does with its range. */
    interface Range {
        void run(int from, int to);
    }

    private final ExecutorService pool;
    private final int count;

    Pieces(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        count = threads;
        pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vcl-bnn-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code range} over 0..n−1 in pieces and returns when all are done. */
    void run(int n, Range range) {
        if (pool == null || n < 4096) {
            range.run(0, n);
            return;
        }
        List<Callable<Void>> jobs = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            int from = (int) ((long) n * p / count);
            int to = (int) ((long) n * (p + 1) / count);
            jobs.add(() -> {
                range.run(from, to);
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
