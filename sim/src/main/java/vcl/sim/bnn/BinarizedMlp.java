package vcl.sim.bnn;

import org.apache.commons.rng.UniformRandomProvider;
import vcl.sim.images.ImageSet;
import vcl.sim.images.ImageTask;
import vcl.sim.images.Permutations;
import vcl.sim.linalg.Blockwork;
import vcl.sim.mlp.EpochStats;
import vcl.sim.mlp.MlpShape;
import vcl.sim.run.RandomStreams;

/**
 * The binarized MLP of the metaplasticity baseline (Laborieux et al. 2021): binary weights sign(W_h),
 * batch normalisation after every layer's product, sign activations with a straight-through gradient
 * in the hidden layers, real-valued input pixels (not binarised), softmax cross-entropy (mean over the
 * batch), trained by {@link AdamMeta} (metaplasticity on the hidden weights, plain Adam on the
 * batch-norm scales and shifts), the optimizer reset at every task boundary. Immutable. The
 * products run on the caller's thread (one OpenBLAS call each); the element-wise optimizer step and
 * the weights' signs run on {@code threads} threads, element by element, so no number depends on the
 * thread count.
 */
public final class BinarizedMlp {

    /** Test images per evaluation pass. */
    private static final int EVAL_CHUNK = 1000;

    private final MlpShape shape;
    private final BnnSettings settings;
    private final int threads;

    /** A network of {@code shape} trained with {@code settings}, its element-wise work on {@code threads} threads. */
    public BinarizedMlp(MlpShape shape, BnnSettings settings, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.shape = shape;
        this.settings = settings;
        this.threads = threads;
    }

    public MlpShape shape() {
        return shape;
    }

    public BnnSettings settings() {
        return settings;
    }

    /** Hidden weights U(−r, r) with r = {@link BnnSettings#initRadius()}, from {@code seed}. */
    public BnnState initialState(long seed) {
        return BnnState.initial(shape, settings.initRadius(), seed);
    }

    /**
     * One epoch on {@code task}: {@code batchesPerEpoch} batches of a shuffle of its training set
     * drawn from {@code epochSeed}. Updates {@code state} in place.
     */
    public EpochStats trainEpoch(BnnState state, ImageTask task, long epochSeed) {
        shape.requireFits(state.shape(), task.train());
        int batch = settings.batchSize();
        int batches = settings.batchesPerEpoch();
        ImageSet train = task.train();
        if ((long) batch * batches > train.count()) {
            throw new IllegalArgumentException(batches + " batches of " + batch + " need " + (long) batch * batches
                    + " training images, the task has " + train.count());
        }
        state.currentTask = task.name();
        UniformRandomProvider rng = RandomStreams.of(epochSeed);
        int[] order = Permutations.random(train.count(), rng);
        int[] labels = new int[batch];
        double loss = 0;
        int steps = 0;
        try (BnnPass pass = new BnnPass(shape, batch, true); Blockwork work = Blockwork.of(threads)) {
            for (int s = 0; s < batches; s++) {
                int from = s * batch;
                train.gather(order, from, batch, task.pixelOrder(), pass.x[0]);
                for (int r = 0; r < batch; r++) {
                    labels[r] = train.label(order[from + r]);
                }
                double batchLoss = step(state, pass, labels, work);
                steps++;
                if (!Double.isFinite(batchLoss)) {
                    return new EpochStats(Double.NaN, steps, true);
                }
                loss += batchLoss;
            }
        }
        boolean diverged = !state.finite();
        return new EpochStats(diverged ? Double.NaN : loss / steps, steps, diverged);
    }

    /** One training step on the batch in {@code pass.x[0]}: forward, backward, Adam_meta; the batch's loss. */
    double step(BnnState state, BnnPass pass, int[] labels, Blockwork work) {
        pass.loadWeights(state, work);
        pass.forward(state, null, settings.bnMomentum(), settings.bnEpsilon());
        double loss = pass.crossEntropy(labels);
        if (!Double.isFinite(loss)) {
            return loss;
        }
        pass.backward(state);
        long t = ++state.adamStep;
        for (int l = 0; l < shape.layers(); l++) {
            float[] w = state.weights[l];
            float[] dw = pass.dW[l];
            float[] m1 = state.mW[l];
            float[] m2 = state.vW[l];
            work.elementwise(w.length, (from, to) -> AdamMeta.step(w, dw, m1, m2, t, settings, settings.metaM(), from, to));
            AdamMeta.step(state.gamma[l], pass.dGamma[l], state.mGamma[l], state.vGamma[l], t, settings, 0);
            AdamMeta.step(state.shift[l], pass.dShift[l], state.mShift[l], state.vShift[l], t, settings, 0);
        }
        return loss;
    }

    /**
     * Marks the end of the task trained last: its batch-norm state (running mean and variance, scale
     * and shift) is kept for its evaluation (per-task statistics) and the optimizer is rebuilt
     * (Adam's moments emptied).
     */
    public void endTask(BnnState state) {
        if (settings.statistics() == BnStatistics.PER_TASK && !state.currentTask.isEmpty()) {
            state.freezeStatistics(state.currentTask);
        }
        state.resetOptimizer();
    }

    /**
     * Test accuracy on {@code task}'s test set, the network in evaluation mode (binary weights,
     * running statistics; with per-task statistics the batch-norm state kept at the task's end, the
     * current one for the task being learned and tasks not yet seen). Deterministic.
     */
    public double accuracy(BnnState state, ImageTask task) {
        ImageSet test = task.test();
        shape.requireFits(state.shape(), test);
        float[][][] kept = settings.statistics() == BnStatistics.PER_TASK
                ? state.taskStatistics.get(task.name()) : null;
        float[][][] eval = kept != null ? kept : new float[][][] {state.runMean, state.runVar, state.gamma, state.shift};
        int n = test.count();
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        int k = shape.out(shape.layers() - 1);
        long correct = 0;
        BnnPass pass = null;
        try {
            for (int from = 0; from < n; from += EVAL_CHUNK) {
                int size = Math.min(EVAL_CHUNK, n - from);
                if (pass == null || pass.batch != size) {
                    if (pass != null) {
                        pass.close();
                    }
                    pass = new BnnPass(shape, size, true);
                    pass.loadWeights(state);
                }
                test.gather(index, from, size, task.pixelOrder(), pass.x[0]);
                pass.forward(state, eval, 0, settings.bnEpsilon());
                float[] z = pass.y[shape.layers() - 1];
                for (int r = 0; r < size; r++) {
                    int best = 0;
                    for (int c = 1; c < k; c++) {
                        if (z[r * k + c] > z[r * k + best]) {
                            best = c;
                        }
                    }
                    if (best == test.label(from + r)) {
                        correct++;
                    }
                }
            }
        } finally {
            if (pass != null) {
                pass.close();
            }
        }
        return n == 0 ? 0 : (double) correct / n;
    }
}
