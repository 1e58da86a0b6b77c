package vcl.sim.run;

import vcl.sim.optim.OptimizerSpec;
import vcl.sim.spec.OutOfRangeException;
import vcl.sim.spec.Ranges;

/**
 * How the fields are trained on one task.
 *
 * @param optimizer      the update rule
 * @param batchSize      mini-batch size; 0 selects the figure-1a rule max(⌈P/20⌉, 10)
 * @param epochs         number of passes over the data, ≥ 1
 * @param reshuffle      false: mini-batches in the data set's fixed order (the paper's); true:
 *                       a new random order every epoch
 * @param recordEvery    observables are recorded at epoch 0, every recordEvery epochs and at the
 *                       last epoch; ≥ 1
 * @param stopAtZeroTestError stop as soon as the test error on the current task is 0 (checked every epoch)
 */
public record SgdConfig(OptimizerSpec optimizer, int batchSize, int epochs, boolean reshuffle,
                        int recordEvery, boolean stopAtZeroTestError) {

    public SgdConfig {
        if (optimizer == null) {
            throw new IllegalArgumentException("an optimizer is required");
        }
        if (batchSize < 0) {
            throw new OutOfRangeException("batch", ">= 1, or 0 for the default rule", Integer.toString(batchSize));
        }
        Ranges.atLeast("epochs", epochs, 1);
        Ranges.atLeast("record-every", recordEvery, 1);
    }

    /** The figure-1a protocol: momentum SGD (lr, momentum 0.9), default batch rule, fixed order. */
    public static SgdConfig figure1a(int epochs, int recordEvery) {
        return new SgdConfig(OptimizerSpec.momentum(0.03, 0.9), 0, epochs, false, recordEvery, false);
    }

    /** The batch size used for P examples: the configured one, or max(⌈P/20⌉, 10), at most P. */
    public int batchSizeFor(int examples) {
        int b = batchSize > 0 ? batchSize : Math.max((examples + 19) / 20, 10);
        return Math.min(b, examples);
    }

    /** The configuration in words, naming the optimizer's class (part of the run-cache key). */
    @Override
    public String toString() {
        return "SgdConfig[optimizer=" + optimizer.getClass().getName() + optimizer + ", batchSize=" + batchSize
                + ", epochs=" + epochs + ", reshuffle=" + reshuffle + ", recordEvery=" + recordEvery
                + ", stopAtZeroTestError=" + stopAtZeroTestError + "]";
    }
}
