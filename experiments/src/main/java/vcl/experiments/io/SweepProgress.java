package vcl.experiments.io;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Progress of a continuation sweep over loads, in loads solved: each distinct load once on the
 * upward and once on the downward branch. A branch that ends early (it disappears at a spinodal)
 * leaves its remaining loads uncomputed; the caller steps to the sweep's full count when it
 * returns, so the display ends at 100 %.
 */
public final class SweepProgress {

    private SweepProgress() {
    }

    /** The units of a sweep over {@code loads}: two per distinct load. */
    public static long units(double[] loads) {
        return 2L * Arrays.stream(loads).distinct().count();
    }

    /** A sweep's callback: each call is one more load solved, after {@code before} units of earlier sweeps. */
    public static IntConsumer counting(Progress progress, long before) {
        long[] done = {before};
        return k -> progress.step(++done[0]);
    }
}
