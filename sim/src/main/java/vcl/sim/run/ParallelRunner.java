package vcl.sim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs independent jobs 0..count−1 on a fixed number of threads and returns their results in job
 * order. A job must depend only on its index (its random stream is chosen by index before it is
 * submitted), so the results are identical for any number of threads.
 */
public final class ParallelRunner {

    /** Told when a job finishes (from the worker thread; implementations must be thread-safe). */
    public interface Progress {
        void jobDone();

        Progress NONE = () -> { };
    }

    private final int threads;

    public ParallelRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    public int threads() {
        return threads;
    }

    /** Runs {@code job.apply(i)} for i = 0..count−1 and returns the results in index order. */
    public <T> List<T> map(int count, IntFunction<T> job, Progress progress) {
        List<T> out = new ArrayList<>(count);
        if (threads == 1 || count <= 1) {
            for (int i = 0; i < count; i++) {
                out.add(job.apply(i));
                progress.jobDone();
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), r -> {
            Thread t = new Thread(r, "vcl-sim-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    T r = job.apply(index);
                    progress.jobDone();
                    return r;
                }));
            }
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
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
        } finally {
            pool.shutdownNow();
        }
    }
}
