package vcl.experiments.solve;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import vcl.theory.replica.SweepMonitor;

/**
 * A sign of life and a time budget for a continuation sweep: every {@value #EVERY_SECONDS} s a line
 * on stderr says which sweep is at which load, and once {@code limitSeconds} have passed the sweep
 * stops (its rows so far are kept; the command then exits with 3). The lines of where the sweep is
 * are left out when {@code VCL_QUIET} is set, like the progress lines. Confined to the thread of the sweep.
 */
final class SweepWatch implements SweepMonitor {

    /** Seconds between two lines about where the sweep is. */
    static final long EVERY_SECONDS = 10;
    private final String task;
    private final String load;
    private final double limitSeconds;
    private final PrintWriter err;
    private final PrintWriter heartbeat;
    private final long start = System.nanoTime();
    private long nextLine = start + EVERY_SECONDS * 1_000_000_000L;
    private boolean stopped;

    /**
     * @param task         the command, e.g. {@code solve task1}
     * @param load         the load's name, e.g. {@code alpha}
     * @param limitSeconds the time budget in seconds (+∞: none)
     */
    SweepWatch(String task, String load, double limitSeconds, PrintWriter err) {
        this.task = task;
        this.load = load;
        this.limitSeconds = limitSeconds;
        this.err = err;
        this.heartbeat = System.getenv("VCL_QUIET") != null ? null : err;
    }

    @Override
    public void stepped(boolean upward, double at) {
        long now = System.nanoTime();
        if (heartbeat != null && now >= nextLine) {
            heartbeat.printf(Locale.ROOT, "%s: %s continuation at %s = %.4g (%.0f s)%n", task,
                    upward ? "upward" : "downward", load, at, seconds(now));
            heartbeat.flush();
            nextLine = now + EVERY_SECONDS * 1_000_000_000L;
        }
    }

    @Override
    public boolean stopRequested() {
        if (!stopped && seconds(System.nanoTime()) > limitSeconds) {
            stopped = true;
        }
        return stopped;
    }

    /** Whether the time budget ran out. */
    boolean stopped() {
        return stopped;
    }

    private double seconds(long now) {
        return (now - start) / 1e9;
    }

    /**
     * The requested loads without a row, reported on stderr with the reason (the time budget, or
     * neither continuation nor a single solve reaching them).
     *
     * @return whether every requested load has a row
     */
    <S> boolean reportMissing(double[] requested, List<S> rows, ToDoubleFunction<S> loadOf, String where) {
        double[] missing = Arrays.stream(requested).distinct()
                .filter(a -> rows.stream().noneMatch(s -> loadOf.applyAsDouble(s) == a)).sorted().toArray();
        if (missing.length == 0) {
            return true;
        }
        String why = stopped ? "the time budget of " + limitSeconds + " s (--time-limit) ran out"
                : "no continuation or solve reached them within the numerics' limits";
        err.printf(Locale.ROOT, "vcl: %s%s: no row for %s = %s: %s%n", task, where, load, Arrays.toString(missing),
                why);
        err.flush();
        return false;
    }
}
