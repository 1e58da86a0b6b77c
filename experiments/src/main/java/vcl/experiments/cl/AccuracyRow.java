package vcl.experiments.cl;

import java.util.List;
import vcl.sim.mlp.EvalMode;

/**
 * One line of {@code accuracy.csv}: the accuracy on one task's test set, in one evaluation mode,
 * after one epoch of one seed.
 *
 * @param seed      the seed index k (0-based; its run seed is in summary.json)
 * @param afterTask the task being trained (1-based), 0 at initialisation
 * @param epoch     the epoch within that task (1-based), 0 at initialisation
 * @param beta      the β the evaluation used (at initialisation: the β of the first epoch)
 * @param evalTask  the task evaluated (1-based)
 * @param mode      the evaluation mode
 * @param accuracy  the fraction of the test set classified correctly
 */
public record AccuracyRow(int seed, int afterTask, int epoch, double beta, int evalTask, EvalMode mode,
                          double accuracy) {

    /** The header of {@code accuracy.csv}, in the order of {@link #cells}. */
    public static final List<String> COLUMNS = List.of("method", "seed", "after_task", "epoch", "beta", "eval_task",
            "eval_mode", "accuracy");

    /** The cells of the row under {@link #COLUMNS}. */
    public Object[] cells(String method) {
        return new Object[] {method, seed, afterTask, epoch, beta, evalTask, mode.id(), accuracy};
    }
}
