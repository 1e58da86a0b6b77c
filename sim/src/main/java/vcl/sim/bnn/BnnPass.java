package vcl.sim.bnn;

import org.bytedeco.javacpp.FloatPointer;
import vcl.sim.linalg.Blockwork;
import vcl.sim.linalg.Sgemm;
import vcl.sim.mlp.MlpShape;

/**
 * The forward and backward pass of the binarized network on one batch of a fixed size, with its
 * buffers (Java arrays for the element-wise work, native twins for the products). Per layer l: a =
 * x·sign(W_h), y = γ·(a − μ)/√(σ² + ε) + β with the batch's μ, σ² (training) or the running ones
 * (evaluation), x' = sign(y) in hidden layers (+1 at 0), softmax of y at the output. The backward
 * pass treats sign(W_h) as W_h (the gradient of the binary weight is the hidden weight's) and
 * passes the gradient of sign(y) where |y| ≤ 1 (straight-through estimator). With
 * {@code binarize} false both signs are the identity (a smooth network, for gradient checks).
 */
final class BnnPass implements AutoCloseable {

    final MlpShape shape;
    final int batch;
    private final boolean binarize;
    private final int layers;
    /** Input of layer l (batch × in), pre-normalisation a, normalised â and output y (batch × out). */
    final float[][] x;
    final float[][] a;
    final float[][] ahat;
    final float[][] y;
    /** The loss's gradient with respect to y, then a, of each layer (batch × out). */
    final float[][] g;
    /** Gradients of the weights (in × out), scales and shifts. */
    final float[][] dW;
    final float[][] dGamma;
    final float[][] dShift;
    private final float[][] invStd;
    private final float[][] mean;
    private final float[][] binary;
    private final float[] dx;
    private final FloatPointer[] xN;
    private final FloatPointer[] wN;
    private final FloatPointer[] aN;
    private final FloatPointer[] dwN;
    private final FloatPointer dxN;

    BnnPass(MlpShape shape, int batch, boolean binarize) {
        this.shape = shape;
        this.batch = batch;
        this.binarize = binarize;
        layers = shape.layers();
        x = new float[layers][];
        a = new float[layers][];
        ahat = new float[layers][];
        y = new float[layers][];
        g = new float[layers][];
        dW = new float[layers][];
        dGamma = new float[layers][];
        dShift = new float[layers][];
        invStd = new float[layers][];
        mean = new float[layers][];
        binary = new float[layers][];
        xN = new FloatPointer[layers];
        wN = new FloatPointer[layers];
        aN = new FloatPointer[layers];
        dwN = new FloatPointer[layers];
        int maxIn = 0;
        for (int l = 0; l < layers; l++) {
            int in = shape.in(l);
            int out = shape.out(l);
            maxIn = Math.max(maxIn, in);
            x[l] = new float[batch * in];
            a[l] = new float[batch * out];
            ahat[l] = new float[batch * out];
            y[l] = new float[batch * out];
            g[l] = new float[batch * out];
            dW[l] = new float[in * out];
            dGamma[l] = new float[out];
            dShift[l] = new float[out];
            invStd[l] = new float[out];
            mean[l] = new float[out];
            binary[l] = new float[in * out];
            xN[l] = new FloatPointer((long) batch * in);
            wN[l] = new FloatPointer((long) in * out);
            aN[l] = new FloatPointer((long) batch * out);
            dwN[l] = new FloatPointer((long) in * out);
        }
        dx = new float[batch * maxIn];
        dxN = new FloatPointer((long) batch * maxIn);
    }

    /** Loads sign(W_h) (or W_h) of every layer into the products' operands. */
    void loadWeights(BnnState s) {
        loadWeights(s, null);
    }

    /** {@link #loadWeights(BnnState)} with the signs taken on {@code work}'s threads (null: this one). */
    void loadWeights(BnnState s, Blockwork work) {
        for (int l = 0; l < layers; l++) {
            float[] w = s.weights[l];
            float[] b = binary[l];
            if (binarize) {
                Blockwork.Range signs = (from, to) -> {
                    for (int i = from; i < to; i++) {
                        b[i] = w[i] >= 0 ? 1f : -1f;
                    }
                };
                if (work == null) {
                    signs.run(0, w.length);
                } else {
                    work.elementwise(w.length, signs);
                }
            } else {
                System.arraycopy(w, 0, b, 0, w.length);
            }
            wN[l].position(0).put(b, 0, b.length);
        }
    }

    /**
     * Forward pass of the batch in {@code x[0]} after {@link #loadWeights}: with the batch's
     * statistics (updating the running ones by {@code momentum}) and the state's scales and shifts
     * when {@code eval} is null; otherwise in evaluation mode with {@code eval} = {means, variances,
     * scales, shifts} per layer. The output layer's y are the logits.
     */
    void forward(BnnState s, float[][][] eval, double momentum, double eps) {
        float[][] gammas = eval == null ? s.gamma : eval[2];
        float[][] shifts = eval == null ? s.shift : eval[3];
        for (int l = 0; l < layers; l++) {
            int in = shape.in(l);
            int out = shape.out(l);
            xN[l].position(0).put(x[l], 0, batch * in);
            Sgemm.nn(batch, out, in, 1f, xN[l], wN[l], 0f, aN[l]);
            aN[l].position(0).get(a[l], 0, batch * out);
            if (eval == null) {
                batchStatistics(s, l, momentum, eps);
            } else {
                for (int j = 0; j < out; j++) {
                    mean[l][j] = eval[0][l][j];
                    invStd[l][j] = (float) (1 / Math.sqrt(eval[1][l][j] + eps));
                }
            }
            normalise(l, gammas[l], shifts[l]);
            if (l + 1 < layers) {
                float[] next = x[l + 1];
                float[] yl = y[l];
                for (int i = 0; i < yl.length; i++) {
                    next[i] = binarize ? (yl[i] >= 0 ? 1f : -1f) : yl[i];
                }
            }
        }
    }

    private void batchStatistics(BnnState s, int l, double momentum, double eps) {
        int out = shape.out(l);
        double[] sum = new double[out];
        double[] sq = new double[out];
        float[] al = a[l];
        for (int r = 0; r < batch; r++) {
            int o = r * out;
            for (int j = 0; j < out; j++) {
                sum[j] += al[o + j];
            }
        }
        for (int j = 0; j < out; j++) {
            sum[j] /= batch;
        }
        for (int r = 0; r < batch; r++) {
            int o = r * out;
            for (int j = 0; j < out; j++) {
                double d = al[o + j] - sum[j];
                sq[j] += d * d;
            }
        }
        for (int j = 0; j < out; j++) {
            double var = sq[j] / batch;
            mean[l][j] = (float) sum[j];
            invStd[l][j] = (float) (1 / Math.sqrt(var + eps));
            s.runMean[l][j] = (float) ((1 - momentum) * s.runMean[l][j] + momentum * sum[j]);
            s.runVar[l][j] = (float) ((1 - momentum) * s.runVar[l][j] + momentum * var * batch / (batch - 1));
        }
    }

    private void normalise(int l, float[] ga, float[] sh) {
        int out = shape.out(l);
        float[] al = a[l];
        float[] h = ahat[l];
        float[] yl = y[l];
        float[] mu = mean[l];
        float[] is = invStd[l];
        for (int r = 0; r < batch; r++) {
            int o = r * out;
            for (int j = 0; j < out; j++) {
                float v = (al[o + j] - mu[j]) * is[j];
                h[o + j] = v;
                yl[o + j] = ga[j] * v + sh[j];
            }
        }
    }

    /**
     * Mean softmax cross-entropy of the output logits against {@code labels}; puts its gradient
     * with respect to the logits into the output layer's {@code g}.
     */
    double crossEntropy(int[] labels) {
        int L = layers - 1;
        int k = shape.out(L);
        float[] z = y[L];
        float[] gl = g[L];
        double loss = 0;
        for (int r = 0; r < batch; r++) {
            int o = r * k;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                max = Math.max(max, z[o + c]);
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                sum += Math.exp(z[o + c] - max);
            }
            double logSum = max + Math.log(sum);
            loss += logSum - z[o + labels[r]];
            for (int c = 0; c < k; c++) {
                double p = Math.exp(z[o + c] - logSum);
                gl[o + c] = (float) ((p - (c == labels[r] ? 1 : 0)) / batch);
            }
        }
        return loss / batch;
    }

    /** Backward pass after {@link #forward} with batch statistics and {@link #crossEntropy}: fills dW, dGamma, dShift. */
    void backward(BnnState s) {
        for (int l = layers - 1; l >= 0; l--) {
            int in = shape.in(l);
            int out = shape.out(l);
            normalisationBackward(s, l);
            aN[l].position(0).put(g[l], 0, batch * out);
            Sgemm.tn(in, out, batch, 1f, xN[l], aN[l], 0f, dwN[l]);
            dwN[l].position(0).get(dW[l], 0, in * out);
            if (l > 0) {
                Sgemm.nt(batch, in, out, 1f, aN[l], wN[l], 0f, dxN);
                dxN.position(0).get(dx, 0, batch * in);
                float[] prev = y[l - 1];
                float[] gp = g[l - 1];
                for (int i = 0; i < batch * in; i++) {
                    gp[i] = !binarize || Math.abs(prev[i]) <= 1f ? dx[i] : 0f;
                }
            }
        }
    }

    /** g[l] from dL/dy to dL/da through the batch normalisation; the scale's and shift's gradients. */
    private void normalisationBackward(BnnState s, int l) {
        int out = shape.out(l);
        float[] gl = g[l];
        float[] h = ahat[l];
        double[] sumG = new double[out];
        double[] sumGh = new double[out];
        for (int r = 0; r < batch; r++) {
            int o = r * out;
            for (int j = 0; j < out; j++) {
                sumG[j] += gl[o + j];
                sumGh[j] += gl[o + j] * h[o + j];
            }
        }
        float[] ga = s.gamma[l];
        float[] is = invStd[l];
        for (int j = 0; j < out; j++) {
            dShift[l][j] = (float) sumG[j];
            dGamma[l][j] = (float) sumGh[j];
        }
        for (int r = 0; r < batch; r++) {
            int o = r * out;
            for (int j = 0; j < out; j++) {
                double gh = gl[o + j];
                gl[o + j] = (float) (ga[j] * is[j] * (gh - sumG[j] / batch - h[o + j] * sumGh[j] / batch));
            }
        }
    }

    @Override
    public void close() {
        for (int l = 0; l < layers; l++) {
            xN[l].close();
            wN[l].close();
            aN[l].close();
            dwN[l].close();
        }
        dxN.close();
    }
}
