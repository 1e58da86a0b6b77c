package vcl.sim.mlp;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import vcl.sim.images.ImageSet;
import vcl.sim.images.ImageTask;
import vcl.sim.images.Permutations;
import vcl.sim.linalg.Blockwork;
import vcl.sim.run.RandomStreams;

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
        shape.requireFits(state.shape(), task.train());
        int batch = training.batchSize();
        int batches = training.batchesPerEpoch();
        ImageSet train = task.train();
        if ((long) batch * batches > train.count()) {
            throw new IllegalArgumentException(batches + " batches of " + batch + " need " + (long) batch * batches
                    + " training images, the task has " + train.count());
        }
        UniformRandomProvider rng = RandomStreams.of(epochSeed);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        int[] order = Permutations.random(train.count(), rng);
        int[] labels = new int[batch];
        float b = (float) beta;
        ColumnBlocks[] blocks = state.blocks;
        int[][] pieces = pieces(blocks);
        FieldUpdate.Scratch[][] scratch = new FieldUpdate.Scratch[blocks.length][];
        for (int l = 0; l < blocks.length; l++) {
            scratch[l] = new FieldUpdate.Scratch[blocks[l].count()];
            for (int j = 0; j < scratch[l].length; j++) {
                scratch[l][j] = new FieldUpdate.Scratch(state.theta[l][j], b);
            }
        }
        double loss = 0;
        int steps = 0;
        boolean diverged = false;
        try (Blockwork work = Blockwork.of(threads);
             Workspace ws = new Workspace(blocks, batch, true);
             WeightMoments moments = new WeightMoments(blocks)) {
            work.run(pieces.length, k -> moments.compute(pieces[k][0], pieces[k][1],
                    state.theta[pieces[k][0]][pieces[k][1]], b));
            float[][] nextNoise = new float[blocks.length][];
            for (int l = 0; l < blocks.length; l++) {
                nextNoise[l] = new float[ws.xi[l].length];
            }
            Runnable drawNext = () -> drawNoise(normal, nextNoise);
            drawNext.run();
            Blockwork.Pending next = null;
            try {
                for (int s = 0; s < batches; s++) {
                    if (next != null) {
                        next.await();
                        next = null;
                    }
                    int from = s * batch;
                    train.gather(order, from, batch, task.pixelOrder(), ws.in[0]);
                    Evaluation.square(ws.in[0], ws.inSq[0], batch * shape.in(0));
                    for (int r = 0; r < batch; r++) {
                        labels[r] = train.label(order[from + r]);
                    }
                    for (int l = 0; l < blocks.length; l++) {
                        float[] drawn = nextNoise[l];
                        nextNoise[l] = ws.xi[l];
                        ws.xi[l] = drawn;
                    }
                    GaussianPass.forward(blocks, moments, ws, batch, work);
                    double batchLoss = GaussianPass.crossEntropy(blocks[blocks.length - 1], ws, batch, labels, 0);
                    steps++;
                    if (!Double.isFinite(batchLoss)) {
                        diverged = true;
                        loss = Double.NaN;
                        break;
                    }
                    loss += batchLoss;
                    if (s + 1 < batches) {
                        // the next step's noise, drawn by a worker while this step goes backwards
                        next = work.background(drawNext);
                    }
                    long step = ++state.step;
                    GaussianPass.backward(blocks, moments, ws, batch, work, (l, j) -> FieldUpdate.apply(training, b,
                            step, ws.dMuNative.get(l, j), ws.dSigmaNative.get(l, j), state.theta[l][j],
                            state.adamM[l][j], state.adamV[l][j], state.klCarry[l][j],
                            state.anchor == null ? null : state.anchor[l][j], moments.muNative.get(l, j),
                            moments.sigmaNative.get(l, j), scratch[l][j]));
                }
            } finally {
                if (next != null) {
                    next.await();
                }
            }
        }
        diverged = diverged || !state.finite();
        return new EpochStats(diverged ? Double.NaN : loss / ((double) steps * batch), steps, diverged);
    }

    /** Standard normal noise for every pre-activation of a batch, layer after layer. */
    private static void drawNoise(ZigguratSampler.NormalizedGaussian normal, float[][] noise) {
        for (float[] xi : noise) {
            for (int i = 0; i < xi.length; i++) {
                xi[i] = (float) normal.sample();
            }
        }
    }

    /** Every (layer, block) pair: the pieces of per-weight work. */
    private static int[][] pieces(ColumnBlocks[] blocks) {
        int total = 0;
        for (ColumnBlocks cb : blocks) {
            total += cb.count();
        }
        int[][] out = new int[total][];
        int k = 0;
        for (int l = 0; l < blocks.length; l++) {
            for (int j = 0; j < blocks[l].count(); j++) {
                out[k++] = new int[] {l, j};
            }
        }
        return out;
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
        shape.requireFits(state.shape(), test);
        try (Blockwork work = Blockwork.of(threads); Evaluation evaluation = Evaluation.of(state, (float) beta)) {
            return evaluation.accuracy(test, pixelOrder, mode, samples, seed, work);
        }
    }
}
