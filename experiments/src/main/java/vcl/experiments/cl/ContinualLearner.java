package vcl.experiments.cl;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import vcl.sim.images.ImageTask;
import vcl.sim.mlp.EpochStats;
import vcl.sim.mlp.EvalMode;

/**
 * A learner as the continual-learning harness drives it: trained epoch by epoch on one task after
 * another, evaluated on every task's test set, written to and read from a checkpoint. It owns its
 * state (mutable, confined to the harness's thread). Every method of {@code vcl cl run} is one.
 */
public interface ContinualLearner {

    /** One training epoch on {@code task} at inverse temperature {@code beta}, its randomness from {@code seed}. */
    EpochStats trainEpoch(ImageTask task, double beta, long seed);

    /** Marks the end of a task (after its last epoch). */
    void endTask();

    /**
     * Accuracy on the test set of {@code task} (in its pixel order), a fraction in [0, 1], at
     * inverse temperature {@code beta} in evaluation mode {@code mode} ({@code samples} networks
     * for {@link EvalMode#SAMPLED}), its noise from {@code seed}.
     */
    double accuracy(ImageTask task, double beta, EvalMode mode, int samples, long seed);

    /** Whether the whole state is finite (false: training diverged). */
    boolean finite();

    /** Writes the whole state, so that {@link Factory#read} continues exactly where this learner is. */
    void write(DataOutputStream out) throws IOException;

    /** Makes the learners of one method and setting: fresh ones, or from a checkpoint. */
    interface Factory {

        /** A fresh learner, its initial state drawn from {@code seed}. */
        ContinualLearner start(long seed);

        /** The learner a {@link ContinualLearner#write} wrote; an {@link IOException} if it does not fit. */
        ContinualLearner read(DataInputStream in) throws IOException;
    }
}
