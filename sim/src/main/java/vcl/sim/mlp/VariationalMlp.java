package vcl.sim.mlp;

import vcl.sim.images.ImageSet;
import vcl.sim.images.ImageTask;

/**
 * The variational binary MLP of the paper's deep experiments (theory.md §6): every weight a
 * Bernoulli variable of mean μ = tanh(βθ), pre-activations propagated as Gaussians and sampled per
 * example (local reparameterization), ReLU hidden layers, softmax output, summed cross-entropy,
 * Adam on the fields and the KL prior of {@link MlpTraining#anchor()}. Immutable; the numbers do not
 * depend on {@code threads}.
 */
public final class VariationalMlp {

    private final MlpShape shape;
    private final MlpTraining training;
    private final int threads;

    public VariationalMlp(MlpShape shape, MlpTraining training, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.shape = shape;
        this.training = training;
        this.threads = threads;
    }

    public MlpShape shape() {
        return shape;
    }

    public MlpTraining training() {
        return training;
    }

    /** Fields drawn from N(0, 1) from {@code seed}. */
    public MlpState initialState(long seed) {
        return MlpState.initial(shape, seed);
    }

    /**
     * One epoch on {@code task}: {@code batchesPerEpoch} batches of a shuffle of its training set
     * drawn from {@code epochSeed} (with the layer noise), at inverse temperature {@code beta}.
     * Updates {@code state} in place.
     */
    public EpochStats trainEpoch(MlpState state, ImageTask task, double beta, long epochSeed) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Marks the end of a task: the task-boundary anchor becomes the current fields. */
    public void endTask(MlpState state) {
        state.freezeAnchor();
    }

    /**
     * Test accuracy on {@code test} seen in {@code pixelOrder} (null = identity) at inverse
     * temperature {@code beta}: by the mean network, one stochastic pass, or {@code samples} sampled
     * binary networks (posterior predictive), noise drawn from {@code seed}.
     */
    public double accuracy(MlpState state, ImageSet test, int[] pixelOrder, double beta, EvalMode mode,
                           int samples, long seed) {
        throw new UnsupportedOperationException("not yet");
    }
}
