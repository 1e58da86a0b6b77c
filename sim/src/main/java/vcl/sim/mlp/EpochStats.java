package vcl.sim.mlp;

/**
 * What one training epoch reports.
 *
 * @param meanLoss mean cross-entropy per example over the epoch's batches (NaN if it diverged)
 * @param steps    training steps taken
 * @param diverged whether a loss or a field became NaN or infinite (the state is then not a result)
 */
public record EpochStats(double meanLoss, int steps, boolean diverged) {
}
