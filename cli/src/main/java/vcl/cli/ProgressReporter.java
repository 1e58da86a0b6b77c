package vcl.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import vcl.sim.run.ParallelRunner;

/**
 * Progress of a batch of runs on stderr: a progress bar on a terminal, plain lines (at every tenth
 * of the work and at the end) otherwise. Thread-safe.
 */
final class ProgressReporter implements ParallelRunner.Progress, AutoCloseable {

    private final String task;
    private final long total;
    private final PrintWriter err;
    private final ProgressBar bar;
    private long done;
    private long nextLine;

    ProgressReporter(String task, long total, PrintWriter err) {
        this.task = task;
        this.total = total;
        this.err = err;
        this.bar = System.console() != null
                ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" runs", 1)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()
                : null;
        this.nextLine = Math.max(1, total / 10);
    }

    @Override
    public synchronized void jobDone() {
        done++;
        if (bar != null) {
            bar.step();
        } else if (done >= nextLine || done == total) {
            err.printf("%s: %d/%d runs done%n", task, done, total);
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
