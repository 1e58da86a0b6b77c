package vcl.experiments.cl;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.function.Function;
import java.util.function.LongFunction;
import vcl.sim.images.ImageTask;
import vcl.sim.mlp.MlpShape;
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

        /**
         * The factory of learners over a network of {@code shape} whose state has type {@code S}:
         * {@code fresh} draws an initial state from a seed, {@code reader} reads a written one (refused
         * when its {@code shapeOf} is not {@code shape}), {@code learner} wraps a state.
         */
        static <S> Factory of(MlpShape shape, LongFunction<S> fresh, StateReader<S> reader,
                Function<S, MlpShape> shapeOf, Function<S, ContinualLearner> learner) {
            return new Factory() {
                @Override
                public ContinualLearner start(long seed) {
                    return learner.apply(fresh.apply(seed));
                }

                @Override
                public ContinualLearner read(DataInputStream in) throws IOException {
                    S state = reader.read(in);
                    if (!shapeOf.apply(state).equals(shape)) {
                        throw new IOException("a network of shape " + shapeOf.apply(state) + ", expected " + shape);
                    }
                    return learner.apply(state);
                }
            };
        }
    }

    /** Reads a learner's state as its {@code write} wrote it. */
    @FunctionalInterface
    interface StateReader<S> {

        S read(DataInputStream in) throws IOException;
    }
}
