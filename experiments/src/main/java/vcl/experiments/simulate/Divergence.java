package vcl.experiments.simulate;

import java.io.PrintWriter;
import java.util.List;
import vcl.sim.run.RunResult;

/**
 * Reports runs whose training diverged (a field or the loss became NaN or infinite): one line on
 * stderr naming how many and the settings that usually cause it.
 */
final class Divergence {

    /** The likely causes, named by their options. */
    static final String CAUSES = "a learning rate (--lr) too large for the field inverse temperature (--beta-field), "
            + "or too strong a weight decay (--weight-decay) or prior (--entropy-prior, --gamma)";

    private Divergence() {
    }

    /**
     * Prints the line when some of {@code runs} diverged (a two-task run diverges at the latest in
     * its second task, so its last result tells).
     *
     * @return the number of diverged runs
     */
    static int report(String command, List<RunResult> runs, PrintWriter err) {
        int diverged = (int) runs.stream().filter(RunResult::diverged).count();
        if (diverged > 0) {
            err.printf("vcl: %s: %d of %d runs diverged (a field or the loss became NaN or infinite; their rows say "
                    + "diverged=true and stop there); likely cause: %s%n", command, diverged, runs.size(), CAUSES);
            err.flush();
        }
        return diverged;
    }
}
