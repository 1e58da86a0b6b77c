package vcl.sim.ewc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs independent pieces of work 0..count−1 on a fixed number of threads (or in order on the
 * caller's thread). The pieces are cut independently of the thread count and write disjoint
 * memory, so the numbers do not depend on it.
 */
final class Pieces implements AutoCloseable {

    private final ExecutorService pool;

    Pieces(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vcl-ewc-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Number of pieces of at most {@code size} elements covering {@code total} elements. */
    static int count(int total, int size) {
        return (total + size - 1) / size;
    }

    /** Runs {@code piece.accept(i)} for i = 0..count−1 and returns when all are done. */
    void run(int count, IntConsumer piece) {
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
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
