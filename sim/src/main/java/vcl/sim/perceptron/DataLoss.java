package vcl.sim.perceptron;

import vcl.sim.data.MiniBatches;
import vcl.sim.data.Patterns;

/**
 * The data term of a training objective in field space: its value on a data set and its exact
 * gradient summed over one mini-batch. The trainer receives it; {@link GaussianFieldLoss} is the
 * paper's.
 */
public interface DataLoss {

    /**
     * Overwrites {@code grad} (length N) with the gradient of the loss summed over mini-batch b, at
     * the state's current fields (the state must be refreshed).
     */
    void batchGradient(FieldState state, MiniBatches batches, int b, double[] grad);

    /** The loss summed over every example of {@code data}, at the state's current fields. */
    double value(FieldState state, Patterns data);
}
