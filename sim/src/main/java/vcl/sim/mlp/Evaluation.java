package vcl.sim.mlp;

import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import vcl.sim.images.ImageSet;
import vcl.sim.linalg.Blockwork;
import vcl.sim.linalg.Sgemm;
import vcl.sim.run.RandomStreams;

/**
 * Test accuracy of a variational MLP in one of the {@link EvalMode}s. The test set is cut into
 * chunks of {@value #CHUNK} images; each chunk draws its noise from its own stream (the evaluation
 * seed and the chunk index), so the result is the same for any thread count.
 */
final class Evaluation implements AutoCloseable {

    static final int CHUNK = 500;

    private final ColumnBlocks[] blocks;
    private final WeightMoments moments;
    private final float[][][] theta;
    private final float beta;

    private Evaluation(ColumnBlocks[] blocks, WeightMoments moments, float[][][] theta, float beta) {
        this.blocks = blocks;
        this.moments = moments;
        this.theta = theta;
        this.beta = beta;
    }

    /** The means and variances of {@code state}'s weights at inverse temperature {@code beta}. */
    static Evaluation of(MlpState state, float beta) {
        WeightMoments moments = new WeightMoments(state.blocks);
        for (int l = 0; l < state.blocks.length; l++) {
            for (int b = 0; b < state.blocks[l].count(); b++) {
                moments.compute(l, b, state.theta[l][b], beta);
            }
        }
        return new Evaluation(state.blocks, moments, state.theta, beta);
    }

    @Override
    public void close() {
        moments.close();
    }

    double accuracy(ImageSet test, int[] pixelOrder, EvalMode mode, int samples, long seed, Blockwork work) {
        if (mode == EvalMode.SAMPLED && samples < 1) {
            throw new IllegalArgumentException("sampled evaluation needs at least one sample, got " + samples);
        }
        float[][][][] binary = switch (mode) {
            case MEAN -> new float[][][][] {signs()};
            case SAMPLED -> sampledNetworks(samples, seed);
            case STOCHASTIC -> new float[0][][][];
        };
        NativeBlocks[] weights = new NativeBlocks[binary.length];
        for (int k = 0; k < binary.length; k++) {
            weights[k] = NativeBlocks.weights(blocks);
            for (int l = 0; l < blocks.length; l++) {
                for (int b = 0; b < blocks[l].count(); b++) {
                    weights[k].upload(l, b, binary[k][l][b], binary[k][l][b].length);
                }
            }
        }
        try {
            return accuracy(test, pixelOrder, mode, weights, seed, work);
        } finally {
            for (NativeBlocks w : weights) {
                w.close();
            }
        }
    }

    private double accuracy(ImageSet test, int[] pixelOrder, EvalMode mode, NativeBlocks[] weights, long seed,
                            Blockwork work) {
        int count = test.count();
        int chunks = (count + CHUNK - 1) / CHUNK;
        int[] index = new int[count];
        for (int i = 0; i < count; i++) {
            index[i] = i;
        }
        AtomicLongArray hits = new AtomicLongArray(chunks);
        work.run(chunks, c -> {
            int from = c * CHUNK;
            int rows = Math.min(CHUNK, count - from);
            try (Workspace ws = new Workspace(blocks, rows, false)) {
                test.gather(index, from, rows, pixelOrder, ws.in[0]);
                square(ws.in[0], ws.inSq[0], rows * blocks[0].rows());
                float[] votes;
                if (mode == EvalMode.STOCHASTIC) {
                    drawNoise(ws, rows, chunkSeed(seed, c));
                    GaussianPass.forward(blocks, moments, ws, rows, SEQUENTIAL);
                    votes = ws.z[blocks.length - 1];
                } else {
                    votes = new float[rows * classes()];
                    for (NativeBlocks w : weights) {
                        binaryForward(w, ws, rows);
                        addSoftmax(ws.z[blocks.length - 1], votes, rows);
                    }
                }
                hits.set(c, countHits(votes, test, from, rows));
            }
        });
        long total = 0;
        for (int c = 0; c < chunks; c++) {
            total += hits.get(c);
        }
        return (double) total / count;
    }

    private static final Blockwork SEQUENTIAL = Blockwork.of(1);

    private int classes() {
        return blocks[blocks.length - 1].cols();
    }

    /** The mean network's weights: sign(μ) = sign(θ), +1 at θ = 0. */
    private float[][][] signs() {
        float[][][] w = new float[blocks.length][][];
        for (int l = 0; l < blocks.length; l++) {
            w[l] = blocks[l].allocate();
            for (int b = 0; b < w[l].length; b++) {
                float[] t = theta[l][b];
                for (int i = 0; i < t.length; i++) {
                    w[l][b][i] = t[i] >= 0f ? 1f : -1f;
                }
            }
        }
        return w;
    }

    /** {@code samples} binary networks, weight +1 with probability (1 + μ)/2. */
    private float[][][][] sampledNetworks(int samples, long seed) {
        float[][][][] out = new float[samples][][][];
        for (int k = 0; k < samples; k++) {
            UniformRandomProvider rng = RandomStreams.of(chunkSeed(seed, -1 - k));
            float[][][] w = new float[blocks.length][][];
            for (int l = 0; l < blocks.length; l++) {
                w[l] = blocks[l].allocate();
                for (int b = 0; b < w[l].length; b++) {
                    float[] t = theta[l][b];
                    for (int i = 0; i < t.length; i++) {
                        w[l][b][i] = rng.nextFloat() < 0.5f * (1f + FastTanh.tanh(beta * t[i])) ? 1f : -1f;
                    }
                }
            }
            out[k] = w;
        }
        return out;
    }

    private void binaryForward(NativeBlocks w, Workspace ws, int rows) {
        for (int l = 0; l < blocks.length; l++) {
            ColumnBlocks cb = blocks[l];
            int n = cb.rows();
            int m = cb.cols();
            ws.uploadInput(l, rows);
            for (int b = 0; b < cb.count(); b++) {
                int width = cb.width(b);
                int start = cb.start(b);
                float[] out = ws.meanOut[l][b];
                Sgemm.nn(rows, width, n, (float) (1 / Math.sqrt(n)), ws.inNative.get(l, 0), w.get(l, b), 0f,
                        ws.meanNative.get(l, b));
                ws.meanNative.download(l, b, out, rows * width);
                for (int r = 0; r < rows; r++) {
                    System.arraycopy(out, r * width, ws.z[l], r * m + start, width);
                }
            }
            if (l < blocks.length - 1) {
                GaussianPass.relu(ws.z[l], ws.in[l + 1], ws.inSq[l + 1], rows * m);
            }
        }
    }

    private void drawNoise(Workspace ws, int rows, long seed) {
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(RandomStreams.of(seed));
        for (int l = 0; l < blocks.length; l++) {
            float[] xi = ws.xi[l];
            int size = rows * blocks[l].cols();
            for (int i = 0; i < size; i++) {
                xi[i] = (float) normal.sample();
            }
        }
    }

    private void addSoftmax(float[] z, float[] votes, int rows) {
        int m = classes();
        for (int r = 0; r < rows; r++) {
            int o = r * m;
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                max = Math.max(max, z[o + j]);
            }
            double sum = 0;
            for (int j = 0; j < m; j++) {
                sum += Math.exp(z[o + j] - max);
            }
            for (int j = 0; j < m; j++) {
                votes[o + j] += (float) (Math.exp(z[o + j] - max) / sum);
            }
        }
    }

    private long countHits(float[] scores, ImageSet test, int from, int rows) {
        int m = classes();
        long hits = 0;
        for (int r = 0; r < rows; r++) {
            int best = 0;
            for (int j = 1; j < m; j++) {
                if (scores[r * m + j] > scores[r * m + best]) {
                    best = j;
                }
            }
            if (best == test.label(from + r)) {
                hits++;
            }
        }
        return hits;
    }

    static void square(float[] a, float[] aSq, int size) {
        for (int i = 0; i < size; i++) {
            aSq[i] = a[i] * a[i];
        }
    }

    static long chunkSeed(long seed, long chunk) {
        long z = seed ^ (chunk * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
