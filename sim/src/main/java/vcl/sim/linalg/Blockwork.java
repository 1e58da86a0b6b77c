package vcl.sim.linalg;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Runs the deep learners' work on a fixed number of threads, or in order on the caller's thread,
 * so that no number depends on the thread count:
 * <ul>
 *   <li>{@link #run}: independent pieces 0..count−1 whose number is fixed by the problem (column
 *       blocks, batch or test-set chunks), never by the threads; pieces write disjoint memory;</li>
 *   <li>{@link #elementwise}: an index range cut into one piece per thread, only for work where each
 *       element is computed by the same arithmetic whatever the cut;</li>
 *   <li>{@link #background}: one task a worker starts while the caller goes on, for work that does
 *       not fit the pieces' order (the next batch's noise, drawn from one sequential stream).</li>
 * </ul>
 * The caller works too: with {@code threads} = t it takes pieces alongside t − 1 worker threads.
 * A training step hands out a few pieces every few tens of microseconds, so a worker that has
 * finished waits for the next job by spinning for up to {@link #SPIN_NANOS} before it parks (waking
 * a parked thread costs more than the pieces themselves). Not for use by several callers at once,
 * and a piece must not call {@link #run} on the same instance.
 */
public final class Blockwork implements AutoCloseable {

    /** What one piece of element-wise work does with its index range. */
    @FunctionalInterface
    public interface Range {
        void run(int from, int to);
    }

    /** Below this many elements, element-wise work runs on the caller's thread. */
    private static final int ELEMENTWISE_MINIMUM = 4096;

    /** How long an idle worker spins for the next job before it parks. */
    static final long SPIN_NANOS = 200_000;

    /** One call of {@link #run}: its pieces are claimed through {@code next}. */
    private static final class Job {
        final IntConsumer piece;
        final int count;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger remaining;
        volatile Throwable failure;

        Job(IntConsumer piece, int count) {
            this.piece = piece;
            this.count = count;
            this.remaining = new AtomicInteger(count);
        }

        /** Claims and runs pieces until none is left. */
        void work() {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    piece.accept(i);
                } catch (Throwable t) {
                    if (failure == null) {
                        failure = t;
                    }
                } finally {
                    remaining.decrementAndGet();
                }
            }
        }
    }

    private final int threads;
    private final Thread[] workers;
    private volatile Job current;
    private volatile boolean closed;

    private Blockwork(int threads) {
        this.threads = threads;
        this.workers = new Thread[threads - 1];
        for (int w = 0; w < workers.length; w++) {
            Thread t = new Thread(this::serve, "vcl-sim-worker-" + (w + 1));
            t.setDaemon(true);
            workers[w] = t;
            t.start();
        }
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
        if (threads == 1 || n < ELEMENTWISE_MINIMUM) {
            range.run(0, n);
            return;
        }
        run(threads, p -> range.run((int) ((long) n * p / threads), (int) ((long) n * (p + 1) / threads)));
    }

    /** Runs {@code piece.accept(i)} for i = 0..count−1 and returns when all are done. */
    public void run(int count, IntConsumer piece) {
        if (closed) {
            throw new IllegalStateException("this Blockwork is closed");
        }
        if (threads == 1 || count == 1) {
            for (int i = 0; i < count; i++) {
                piece.accept(i);
            }
            return;
        }
        Job job = new Job(piece, count);
        current = job;
        for (Thread w : workers) {
            LockSupport.unpark(w);
        }
        job.work();
        while (job.remaining.get() > 0) {
            Thread.onSpinWait();
        }
        rethrow(job.failure);
    }

    /** A task started by {@link #background}. */
    public static final class Pending {
        private final Job job;

        private Pending(Job job) {
            this.job = job;
        }

        /**
         * Returns when the task is done (running it on the caller's thread if no worker has taken
         * it up yet); rethrows what it threw.
         */
        public void await() {
            job.work();
            while (job.remaining.get() > 0) {
                Thread.onSpinWait();
            }
            rethrow(job.failure);
        }
    }

    /**
     * Hands {@code task} to a worker and returns at once (with one thread, it runs in
     * {@link Pending#await}). The caller must await it before it uses what the task writes, and
     * may meanwhile call {@link #run} (whose pieces the busy worker then leaves to the others).
     */
    public Pending background(Runnable task) {
        if (closed) {
            throw new IllegalStateException("this Blockwork is closed");
        }
        Job job = new Job(i -> task.run(), 1);
        if (threads > 1) {
            current = job;
            for (Thread w : workers) {
                LockSupport.unpark(w);
            }
        }
        return new Pending(job);
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error err) {
            throw err;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /** A worker's life: take part in every job, spinning and then parking between jobs. */
    private void serve() {
        Job seen = null;
        while (!closed) {
            Job job = current;
            if (job != seen) {
                seen = job;
                job.work();
                continue;
            }
            long since = System.nanoTime();
            int spins = 0;
            while (current == seen && !closed) {
                if ((++spins & 63) != 0 || System.nanoTime() - since < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread w : workers) {
            LockSupport.unpark(w);
        }
    }
}
