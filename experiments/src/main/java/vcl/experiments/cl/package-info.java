/**
 * {@code vcl cl run}: deep continual learning on image task streams. The harness ({@link
 * vcl.experiments.cl.ClRun}) trains a {@link vcl.experiments.cl.ContinualLearner} task after task,
 * evaluates every task after every epoch, checkpoints each seed after each epoch, and writes the
 * long-format accuracies and the accuracy matrices with ACC, BWT and FWT ({@link
 * vcl.experiments.cl.ContinualMetrics}); {@link vcl.experiments.cl.DataDirectory} finds the data sets.
 */
package vcl.experiments.cl;
