package vcl.experiments.io;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import vcl.sim.run.ParallelRunner;

/**
 * Progress of a long run on stderr: a progress bar when stderr is a terminal ({@link Terminal}),
 * plain lines without escape sequences (at every tenth of the work and at the end) otherwise, so
 * logs stay readable. Silent when {@code VCL_QUIET} is set. Thread-safe.
 */
public final class Progress implements ParallelRunner.Progress, AutoCloseable {

    /** Makes progress displays. */
    @FunctionalInterface
    public interface Factory {
        Progress start(String task, long total);
    }

    /** No display at all (tests, nested runs). */
    public static final Factory SILENT = (task, total) -> new Progress(task, total, null, false);

    private final String task;
    private final long total;
    private final PrintWriter err;
    private final ProgressBar bar;
    private long done;
    private long nextLine;
    private long printed = -1;

    private Progress(String task, long total, PrintWriter err, boolean terminal) {
        this.task = task;
        this.total = total;
        this.err = err;
        this.bar = err != null && terminal
                ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()
                : null;
        this.nextLine = Math.max(1, total / 10);
    }

    /** Starts a display on stderr for {@code total} units of work. */
    public static Progress start(String task, long total) {
        return start(task, total, new PrintWriter(System.err, true));
    }

    /** Starts a display writing plain lines to {@code err} (a bar when stderr is a terminal). */
    public static Progress start(String task, long total, PrintWriter err) {
        boolean quiet = System.getenv("VCL_QUIET") != null;
        return new Progress(task, total, quiet ? null : err, Terminal.stderr());
    }

    /** One more unit of work done. */
    @Override
    public synchronized void jobDone() {
        step(done + 1);
    }

    /** Sets the amount of work done (a line is printed once for each amount). */
    public synchronized void step(long newDone) {
        done = newDone;
        if (bar != null) {
            bar.stepTo(done);
        } else if (err != null && done != printed && (done >= nextLine || done == total)) {
            printed = done;
            err.printf(Locale.ROOT, "%s: %d/%d done%n", task, done, total);
            err.flush();
            nextLine = Math.min(total, done + Math.max(1, total / 10));
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
