package vcl.sim.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

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
        return map(count, job, i -> 0, progress);
    }

    /**
     * As {@link #map(int, IntFunction, Progress)}, the jobs started in order of decreasing
     * {@code cost} (an estimate of a job's time; equal costs in index order), so that on several
     * threads the last jobs to start are the short ones and the threads finish close together. The
     * order of starting changes no result: results are returned in index order.
     */
    public <T> List<T> map(int count, IntFunction<T> job, IntToDoubleFunction cost, Progress progress) {
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
            List<Future<T>> futures = new ArrayList<>(Collections.nCopies(count, null));
            for (int index : startOrder(count, cost)) {
                futures.set(index, pool.submit(() -> {
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

    /** The job indices by decreasing cost, equal costs in index order. */
    static int[] startOrder(int count, IntToDoubleFunction cost) {
        double[] c = new double[count];
        for (int i = 0; i < count; i++) {
            c[i] = cost.applyAsDouble(i);
        }
        return IntStream.range(0, count).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -c[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }
}
