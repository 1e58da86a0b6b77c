package vcl.sim.ewc;

import org.apache.commons.rng.UniformRandomProvider;
import vcl.sim.images.ImageSet;
import vcl.sim.images.ImageTask;
import vcl.sim.images.Permutations;
import vcl.sim.linalg.Blockwork;
import vcl.sim.mlp.EpochStats;
import vcl.sim.mlp.MlpShape;
import vcl.sim.mlp.MlpTraining;
import vcl.sim.run.RandomStreams;

/**
 * Elastic weight consolidation on a real-valued MLP without biases (ReLU hidden layers, softmax
 * output): Adam (never reset) on the mean cross-entropy of a batch plus (λ/2)·Σ_i F_i (θ_i − θ*_i)²;
 * after each task ({@link #consolidate}) the diagonal empirical Fisher of that task — the mean over
 * {@link EwcSettings#fisherSamples()} of its training images of the squared gradient of log p(y|x, θ)
 * at the true label y — is added to F and θ* becomes the current weights (one running sum, so the
 * memory does not grow with the number of tasks). Of {@link MlpTraining} only the learning rate,
 * Adam's constants and the batching are used. Immutable; the numbers do not depend on {@code threads}.
 */
public final class EwcMlp {

    /** Test images per forward pass when measuring accuracy. */
    private static final int EVAL_ROWS = 256;

    private final MlpShape shape;
    private final MlpTraining training;
    private final EwcSettings settings;
    private final int threads;

    public EwcMlp(MlpShape shape, MlpTraining training, EwcSettings settings, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.shape = shape;
        this.training = training;
        this.settings = settings;
        this.threads = threads;
    }

    public MlpShape shape() {
        return shape;
    }

    public EwcSettings settings() {
        return settings;
    }

    /** He-normal weights from {@code seed} (see {@link EwcState#initial}). */
    public EwcState initialState(long seed) {
        return EwcState.initial(shape, seed);
    }

    /**
     * One epoch on {@code task}: {@code batchesPerEpoch} batches of a shuffle of its training set
     * drawn from {@code epochSeed}, one Adam step each. Updates {@code state} in place; reports the
     * mean cross-entropy per example (the penalty not included).
     */
    public EpochStats trainEpoch(EwcState state, ImageTask task, long epochSeed) {
        ImageSet train = task.train();
        shape.requireFits(state.shape(), train);
        int batch = training.batchSize();
        int batches = training.batchesPerEpoch();
        if ((long) batch * batches > train.count()) {
            throw new IllegalArgumentException(batches + " batches of " + batch + " need " + (long) batch * batches
                    + " training images, the task has " + train.count());
        }
        int[] order = Permutations.random(train.count(), RandomStreams.of(epochSeed));
        int[] labels = new int[batch];
        float[][] grad = gradients();
        double loss = 0;
        int steps = 0;
        try (Blockwork pieces = Blockwork.of(threads); EwcPass pass = new EwcPass(shape, batch)) {
            pass.loadWeights(state.weights);
            for (int s = 0; s < batches; s++) {
                train.gather(order, s * batch, batch, task.pixelOrder(), pass.h[0]);
                for (int r = 0; r < batch; r++) {
                    labels[r] = train.label(order[s * batch + r]);
                }
                double batchLoss = crossEntropyGradient(pass, batch, labels, grad, pieces);
                steps++;
                if (!Double.isFinite(batchLoss)) {
                    return new EpochStats(Double.NaN, steps, true);
                }
                loss += batchLoss;
                EwcUpdate.adam(state, grad, training, settings.lambda(), pieces);
                pass.loadWeights(state.weights);
            }
        }
        boolean diverged = !state.finite();
        return new EpochStats(diverged ? Double.NaN : loss / ((double) steps * batch), steps, diverged);
    }

    /**
     * Ends a task: adds the diagonal empirical Fisher of {@code task}'s training images (an evenly
     * spaced sample of {@link EwcSettings#fisherSamples()} of them, all if fewer) to the consolidated
     * Fisher, and makes the current weights the anchor θ*.
     */
    public void consolidate(EwcState state, ImageTask task) {
        float[][] fisher = fisher(state, task);
        for (int l = 0; l < shape.layers(); l++) {
            for (int i = 0; i < fisher[l].length; i++) {
                state.fisher[l][i] += fisher[l][i];
            }
        }
        float[][] anchor = new float[shape.layers()][];
        for (int l = 0; l < shape.layers(); l++) {
            anchor[l] = state.weights[l].clone();
        }
        state.anchor = anchor;
        state.consolidated++;
    }

    /** The diagonal empirical Fisher of {@code task} at the current weights, per layer (row-major). */
    public float[][] fisher(EwcState state, ImageTask task) {
        ImageSet train = task.train();
        shape.requireFits(state.shape(), train);
        int count = Math.min(settings.fisherSamples(), train.count());
        int[] sample = new int[count];
        for (int i = 0; i < count; i++) {
            sample[i] = (int) ((long) i * train.count() / count);
        }
        int capacity = training.batchSize();
        int[] labels = new int[capacity];
        float[][] fisher = gradients();
        try (Blockwork pieces = Blockwork.of(threads); EwcPass pass = new EwcPass(shape, capacity)) {
            pass.loadWeights(state.weights);
            pass.clearGradients();
            for (int from = 0; from < count; from += capacity) {
                int n = Math.min(capacity, count - from);
                train.gather(sample, from, n, task.pixelOrder(), pass.h[0]);
                for (int r = 0; r < n; r++) {
                    labels[r] = train.label(sample[from + r]);
                }
                pass.forward(n, pieces);
                pass.crossEntropy(n, labels, 1f);
                pass.backward(n, true, pieces);
            }
            for (int l = 0; l < shape.layers(); l++) {
                pass.gradient(l, fisher[l]);
                for (int i = 0; i < fisher[l].length; i++) {
                    fisher[l][i] /= count;
                }
            }
        }
        return fisher;
    }

    /** Fraction of {@code test} (seen in {@code pixelOrder}, null = identity) classified right by the network. */
    public double accuracy(EwcState state, ImageSet test, int[] pixelOrder) {
        shape.requireFits(state.shape(), test);
        int[] all = new int[test.count()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        int classes = shape.out(shape.layers() - 1);
        long right = 0;
        try (Blockwork pieces = Blockwork.of(threads); EwcPass pass = new EwcPass(shape, EVAL_ROWS)) {
            pass.loadWeights(state.weights);
            for (int from = 0; from < all.length; from += EVAL_ROWS) {
                int n = Math.min(EVAL_ROWS, all.length - from);
                test.gather(all, from, n, pixelOrder, pass.h[0]);
                pass.forward(n, pieces);
                for (int r = 0; r < n; r++) {
                    int best = 0;
                    for (int j = 1; j < classes; j++) {
                        if (pass.logits[r * classes + j] > pass.logits[r * classes + best]) {
                            best = j;
                        }
                    }
                    if (best == test.label(from + r)) {
                        right++;
                    }
                }
            }
        }
        return all.length == 0 ? 0 : (double) right / all.length;
    }

    /**
     * The objective on the first {@code n} images of {@code x} (row-major n × input width): mean
     * cross-entropy plus the EWC penalty, its gradient written to {@code grad} (per layer, row-major).
     */
    double objective(EwcState state, float[] x, int[] labels, int n, float[][] grad) {
        try (Blockwork pieces = Blockwork.of(threads); EwcPass pass = new EwcPass(shape, n)) {
            pass.loadWeights(state.weights);
            System.arraycopy(x, 0, pass.h[0], 0, n * shape.in(0));
            double loss = crossEntropyGradient(pass, n, labels, grad, pieces) / n;
            return loss + EwcUpdate.addPenalty(state, grad, settings.lambda());
        }
    }

    /** Summed cross-entropy of the batch in {@code pass.h[0]}; the gradient of its mean into {@code grad}. */
    private double crossEntropyGradient(EwcPass pass, int n, int[] labels, float[][] grad, Blockwork pieces) {
        pass.forward(n, pieces);
        double loss = pass.crossEntropy(n, labels, 1f / n);
        pass.backward(n, false, pieces);
        for (int l = 0; l < shape.layers(); l++) {
            pass.gradient(l, grad[l]);
        }
        return loss;
    }

    private float[][] gradients() {
        float[][] g = new float[shape.layers()][];
        for (int l = 0; l < shape.layers(); l++) {
            g[l] = new float[shape.in(l) * shape.out(l)];
        }
        return g;
    }
}
