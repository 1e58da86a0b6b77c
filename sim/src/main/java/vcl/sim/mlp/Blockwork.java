package vcl.sim.mlp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs independent pieces of work 0..count−1 (column blocks, test-set chunks) on a fixed number of
 * threads, or in order on the caller's thread. Pieces write disjoint memory, so what is computed does
 * not depend on the thread count.
 */
final class Blockwork implements AutoCloseable {

    private final ExecutorService pool;

    private Blockwork(int threads) {
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vcl-mlp-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Work on {@code threads} threads (1: the caller's thread only). */
    static Blockwork of(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        return new Blockwork(threads);
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
