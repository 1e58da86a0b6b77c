package vcl.sim.ewc;

import org.bytedeco.javacpp.FloatPointer;
import vcl.sim.linalg.Blockwork;
import vcl.sim.linalg.Sgemm;
import vcl.sim.mlp.MlpShape;

/**
 * The forward and backward pass of the real-valued MLP on a batch of up to {@code capacity}
 * examples, its products in native memory by OpenBLAS. Every product is cut into pieces of fixed
 * size (batch rows for the forward pass and the back-propagated errors, input rows for the weight
 * gradients), never depending on the thread count. Owns native buffers: close it.
 */
final class EwcPass implements AutoCloseable {

    /** Batch rows per piece of the forward and error products. */
    static final int BATCH_ROWS = 32;
    /** Input rows per piece of the weight-gradient products. */
    static final int WEIGHT_ROWS = 128;

    private final MlpShape shape;
    private final int layers;
    private final int capacity;
    /** Layer inputs h[l] (capacity × in(l)) and the logits (capacity × classes). */
    final float[][] h;
    final float[] logits;
    /** Errors ∂loss/∂(pre-activation) of each layer (capacity × out(l)). */
    final float[][] delta;
    private final float[][] transposed;
    private final FloatPointer[] inNative;
    private final FloatPointer[] transposedNative;
    private final FloatPointer[] weightNative;
    private final FloatPointer[] outNative;
    private final FloatPointer[] deltaNative;
    private final FloatPointer[] backNative;
    private final FloatPointer[] gradNative;

    EwcPass(MlpShape shape, int capacity) {
        this.shape = shape;
        this.layers = shape.layers();
        this.capacity = capacity;
        h = new float[layers][];
        delta = new float[layers][];
        transposed = new float[layers][];
        inNative = new FloatPointer[layers];
        transposedNative = new FloatPointer[layers];
        weightNative = new FloatPointer[layers];
        outNative = new FloatPointer[layers];
        deltaNative = new FloatPointer[layers];
        backNative = new FloatPointer[layers];
        gradNative = new FloatPointer[layers];
        for (int l = 0; l < layers; l++) {
            long in = shape.in(l);
            long out = shape.out(l);
            h[l] = new float[(int) (capacity * in)];
            delta[l] = new float[(int) (capacity * out)];
            transposed[l] = new float[(int) (capacity * in)];
            inNative[l] = new FloatPointer(capacity * in);
            transposedNative[l] = new FloatPointer(capacity * in);
            weightNative[l] = new FloatPointer(in * out);
            outNative[l] = new FloatPointer(capacity * out);
            deltaNative[l] = new FloatPointer(capacity * out);
            backNative[l] = new FloatPointer(capacity * in);
            gradNative[l] = new FloatPointer(in * out);
        }
        logits = new float[capacity * shape.out(layers - 1)];
    }

    int capacity() {
        return capacity;
    }

    /** Copies the weights into native memory (after every change). */
    void loadWeights(float[][] weights) {
        for (int l = 0; l < layers; l++) {
            weightNative[l].position(0).put(weights[l], 0, weights[l].length);
        }
    }

    /** Forward pass of the first {@code n} rows of {@code h[0]}: hidden layers in {@code h}, output in {@code logits}. */
    void forward(int n, Blockwork pieces) {
        check(n);
        inNative[0].position(0).put(h[0], 0, n * shape.in(0));
        for (int l = 0; l < layers; l++) {
            int layer = l;
            int in = shape.in(l);
            int out = shape.out(l);
            boolean hidden = l < layers - 1;
            float[] target = hidden ? h[l + 1] : logits;
            pieces.run(Blockwork.count(n, BATCH_ROWS), c -> {
                int r0 = c * BATCH_ROWS;
                int rows = Math.min(BATCH_ROWS, n - r0);
                FloatPointer z = view(outNative[layer], (long) r0 * out);
                Sgemm.nn(rows, out, in, 1f, view(inNative[layer], (long) r0 * in), weightNative[layer], 0f, z);
                z.get(target, r0 * out, rows * out);
                if (hidden) {
                    for (int i = r0 * out, end = (r0 + rows) * out; i < end; i++) {
                        target[i] = Math.max(target[i], 0f);
                    }
                    view(inNative[layer + 1], (long) r0 * out).put(target, r0 * out, rows * out);
                }
            });
        }
    }

    /**
     * Softmax cross-entropy of the first {@code n} rows of the logits against {@code labels}: their
     * sum, with {@code scale}·(p − onehot) written as the output layer's error.
     */
    double crossEntropy(int n, int[] labels, float scale) {
        int k = shape.out(layers - 1);
        float[] d = delta[layers - 1];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            int o = r * k;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                max = Math.max(max, logits[o + j]);
            }
            double z = 0;
            for (int j = 0; j < k; j++) {
                z += Math.exp(logits[o + j] - max);
            }
            double logZ = max + Math.log(z);
            sum += logZ - logits[o + labels[r]];
            for (int j = 0; j < k; j++) {
                double p = Math.exp(logits[o + j] - logZ);
                d[o + j] = (float) (scale * (p - (j == labels[r] ? 1 : 0)));
            }
        }
        return sum;
    }

    /**
     * Back-propagates the output error of the first {@code n} rows. {@code squared} false: the weight
     * gradients Σ_rows h·δ are written to the native gradients; true: Σ_rows h²·δ² (the sum of the
     * per-example squared gradients) is added to them.
     */
    void backward(int n, boolean squared, Blockwork pieces) {
        check(n);
        for (int l = layers - 1; l >= 0; l--) {
            int layer = l;
            int in = shape.in(l);
            int out = shape.out(l);
            float[] d = delta[l];
            float[] hl = h[l];
            float[] t = transposed[l];
            for (int r = 0; r < n; r++) {
                for (int i = 0; i < in; i++) {
                    float x = hl[r * in + i];
                    t[i * n + r] = squared ? x * x : x;
                }
            }
            transposedNative[l].position(0).put(t, 0, n * in);
            deltaNative[l].position(0).put(d, 0, n * out);
            FloatPointer weightError = deltaNative[l];
            if (squared) {
                float[] sq = new float[n * out];
                for (int i = 0; i < sq.length; i++) {
                    sq[i] = d[i] * d[i];
                }
                weightError = view(outNative[l], 0).put(sq, 0, sq.length);
            }
            FloatPointer error = weightError;
            int weightPieces = Blockwork.count(in, WEIGHT_ROWS);
            int errorPieces = l == 0 ? 0 : Blockwork.count(n, BATCH_ROWS);
            pieces.run(weightPieces + errorPieces, p -> {
                if (p < weightPieces) {
                    int r0 = p * WEIGHT_ROWS;
                    int rows = Math.min(WEIGHT_ROWS, in - r0);
                    Sgemm.nn(rows, out, n, 1f, view(transposedNative[layer], (long) r0 * n), error,
                            squared ? 1f : 0f, view(gradNative[layer], (long) r0 * out));
                } else {
                    int r0 = (p - weightPieces) * BATCH_ROWS;
                    int rows = Math.min(BATCH_ROWS, n - r0);
                    FloatPointer back = view(backNative[layer], (long) r0 * in);
                    Sgemm.nt(rows, in, out, 1f, view(deltaNative[layer], (long) r0 * out), weightNative[layer], 0f,
                            back);
                    float[] below = delta[layer - 1];
                    back.get(below, r0 * in, rows * in);
                    for (int i = r0 * in, end = (r0 + rows) * in; i < end; i++) {
                        if (hl[i] <= 0f) {
                            below[i] = 0f;
                        }
                    }
                }
            });
        }
    }

    /** Sets the native gradients to zero (before accumulating squared gradients). */
    void clearGradients() {
        for (int l = 0; l < layers; l++) {
            gradNative[l].position(0).put(new float[shape.in(l) * shape.out(l)]);
        }
    }

    /** Copies layer {@code l}'s native gradient into {@code to}. */
    void gradient(int l, float[] to) {
        gradNative[l].position(0).get(to, 0, to.length);
    }

    private void check(int n) {
        if (n < 1 || n > capacity) {
            throw new IllegalArgumentException(n + " rows for a pass of capacity " + capacity);
        }
    }

    private static FloatPointer view(FloatPointer base, long offset) {
        return new FloatPointer(base).position(offset);
    }

    @Override
    public void close() {
        for (int l = 0; l < layers; l++) {
            inNative[l].close();
            transposedNative[l].close();
            weightNative[l].close();
            outNative[l].close();
            deltaNative[l].close();
            backNative[l].close();
            gradNative[l].close();
        }
    }
}
