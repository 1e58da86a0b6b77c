package vcl.experiments.sweep;

import java.io.PrintWriter;

/**
 * Progress of a sweep on stderr: points done / total, the rate of this run and the time left,
 * a line at most every few seconds and at the end. Silent when {@code VCL_QUIET} is set. Thread-safe.
 */
final class PointProgress {

    private static final long EVERY_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final long total;
    private final long start;
    private final long startedAt;
    private long done;
    private long lastLine;

    /**
     * @param err   where the lines go, or null for none
     * @param total the points this run is responsible for
     * @param done  those of them already done (resumed)
     */
    PointProgress(PrintWriter err, long total, long done) {
        this.err = System.getenv("VCL_QUIET") != null ? null : err;
        this.total = total;
        this.start = done;
        this.done = done;
        this.startedAt = System.nanoTime();
        this.lastLine = startedAt;
        if (this.err != null && done > 0) {
            this.err.printf("sweep: resuming, %d/%d points already done%n", done, total);
            this.err.flush();
        }
    }

    /** {@code points} more points done. */
    synchronized void add(long points) {
        done += points;
        long now = System.nanoTime();
        if (err != null && (now - lastLine >= EVERY_NANOS || done == total)) {
            lastLine = now;
            double seconds = (now - startedAt) / 1e9;
            double rate = (done - start) / Math.max(seconds, 1e-9);
            err.printf("sweep: %d/%d points (%.1f%%), %.1f points/s, elapsed %s, ETA %s%n", done, total,
                    100.0 * done / Math.max(total, 1), rate, duration(seconds),
                    done == total ? "0s" : duration((total - done) / Math.max(rate, 1e-12)));
            err.flush();
        }
    }

    static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds > 1e8) {
            return "?";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
