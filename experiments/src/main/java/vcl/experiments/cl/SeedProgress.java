package vcl.experiments.cl;

import java.util.List;

/**
 * Where one seed's run stands after an epoch: what a checkpoint keeps besides the learner.
 *
 * @param epochsDone  training epochs completed over the whole stream (0: only the evaluation at initialisation)
 * @param divergence  where training diverged, or null
 * @param wallSeconds training and evaluation time spent on this seed so far, over every resumption
 * @param rows        the accuracy rows so far, in the order they were measured
 */
public record SeedProgress(int epochsDone, Divergence divergence, double wallSeconds, List<AccuracyRow> rows) {

    public SeedProgress {
        rows = List.copyOf(rows);
    }

    /** Whether training diverged (the seed then stops; its later rows do not exist). */
    public boolean diverged() {
        return divergence != null;
    }

    /**
     * The epoch in which training diverged.
     *
     * @param task  the task being trained (1-based)
     * @param epoch the epoch within the task (1-based)
     * @param beta  the β of that epoch
     */
    public record Divergence(int task, int epoch, double beta) {
    }
}
