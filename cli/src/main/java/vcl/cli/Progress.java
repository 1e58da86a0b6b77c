package vcl.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long run on stderr: a bar on a terminal, a few plain lines otherwise (so logs
 * stay readable). Silent when {@code VCL_QUIET} is set.
 */
public final class Progress implements AutoCloseable {

    private final ProgressBar bar;

    /** Makes progress displays; {@link #start} on stderr, or {@link #SILENT}. */
    @FunctionalInterface
    public interface Factory {
        Progress start(String task, long total);
    }

    /** No display at all (tests, nested runs). */
    public static final Factory SILENT = (task, total) -> new Progress(null);

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** Starts a progress display for {@code total} units of work. */
    public static Progress start(String task, long total) {
        if (System.getenv("VCL_QUIET") != null) {
            return new Progress(null);
        }
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).continuousUpdate().setUpdateIntervalMillis(500);
        if (System.console() == null) {
            b.setConsumer(new me.tongfei.progressbar.DelegatingProgressBarConsumer(System.err::println));
            b.setUpdateIntervalMillis(5000);
        }
        return new Progress(b.build());
    }

    /** Sets the amount of work done. */
    public void step(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
