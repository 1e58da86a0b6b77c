package vcl.sim.mlp;

import vcl.sim.linalg.Blockwork;
import vcl.sim.linalg.Sgemm;

/**
 * The local-reparameterization pass of theory.md §6.1 through a network whose weight layer l has
 * means μ and variances σ (column blocks). Forward: z = aμ/√n + √((a∘a)σ/n + 10⁻¹²)·ξ, ReLU between
 * layers; the cross-entropy of the softmax of the last z summed over the batch. Backward, with g = ∂L/∂z
 * and g_v = g∘ξ/(2√v): ∂L/∂μ = aᵀg/√n, ∂L/∂σ = (a∘a)ᵀg_v/n, and ∂L/∂a = gμᵀ/√n + 2a∘(g_vσᵀ)/n.
 */
final class GaussianPass {

    /** Added to every variance before its square root (as the numpy reference does). */
    static final float VARIANCE_FLOOR = 1e-12f;

    private GaussianPass() {
    }

    /**
     * Forward pass of the first {@code rows} examples in {@code ws.in[0]}: fills z, sd (and the next
     * layers' inputs) using the noise already in {@code ws.xi}.
     */
    static void forward(ColumnBlocks[] blocks, WeightMoments moments, Workspace ws, int rows, Blockwork work) {
        int layers = blocks.length;
        for (int l = 0; l < layers; l++) {
            ColumnBlocks cb = blocks[l];
            int layer = l;
            ws.uploadInput(l, rows);
            work.run(cb.count(), b -> forwardBlock(cb, layer, b, moments, ws, rows));
            if (l < layers - 1) {
                relu(ws.z[l], ws.in[l + 1], ws.inSq[l + 1], rows * cb.cols());
            }
        }
    }

    private static void forwardBlock(ColumnBlocks cb, int l, int b, WeightMoments moments, Workspace ws,
                                     int rows) {
        int n = cb.rows();
        int m = cb.cols();
        int w = cb.width(b);
        int start = cb.start(b);
        float[] mean = ws.meanOut[l][b];
        float[] var = ws.varOut[l][b];
        Sgemm.nn(rows, w, n, (float) (1 / Math.sqrt(n)), ws.inNative.get(l, 0), moments.muNative.get(l, b), 0f,
                ws.meanNative.get(l, b));
        Sgemm.nn(rows, w, n, 1f / n, ws.inNative.get(l, 1), moments.sigmaNative.get(l, b), 0f,
                ws.varNative.get(l, b));
        ws.meanNative.download(l, b, mean, rows * w);
        ws.varNative.download(l, b, var, rows * w);
        float[] z = ws.z[l];
        float[] sd = ws.sd[l];
        float[] xi = ws.xi[l];
        for (int r = 0; r < rows; r++) {
            int o = r * m + start;
            int p = r * w;
            for (int j = 0; j < w; j++) {
                float s = (float) Math.sqrt(var[p + j] + VARIANCE_FLOOR);
                sd[o + j] = s;
                z[o + j] = mean[p + j] + s * xi[o + j];
            }
        }
    }

    static void relu(float[] z, float[] a, float[] aSq, int size) {
        for (int i = 0; i < size; i++) {
            float v = Math.max(z[i], 0f);
            a[i] = v;
            aSq[i] = v * v;
        }
    }

    /**
     * Softmax cross-entropy of the last layer's z against {@code labels} (the first {@code rows}),
     * summed; writes ∂L/∂z of the last layer into {@code ws.gz}.
     */
    static double crossEntropy(ColumnBlocks last, Workspace ws, int rows, int[] labels, int labelFrom) {
        int layer = ws.z.length - 1;
        int m = last.cols();
        float[] z = ws.z[layer];
        float[] g = ws.gz[layer];
        double loss = 0;
        for (int r = 0; r < rows; r++) {
            int o = r * m;
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                max = Math.max(max, z[o + j]);
            }
            double sum = 0;
            for (int j = 0; j < m; j++) {
                double e = Math.exp(z[o + j] - max);
                g[o + j] = (float) e;
                sum += e;
            }
            int y = labels[labelFrom + r];
            loss += Math.log(sum) - (z[o + y] - max);
            float inv = (float) (1 / sum);
            for (int j = 0; j < m; j++) {
                g[o + j] *= inv;
            }
            g[o + y] -= 1f;
        }
        return loss;
    }

    /**
     * Called for each block as soon as its products are done (on the thread that did them): its
     * ∂L/∂μ and ∂L/∂σ are final and its μ and σ are no longer needed by this pass.
     */
    @FunctionalInterface
    interface BlockDone {
        void accept(int layer, int block);

        BlockDone NOTHING = (layer, block) -> { };
    }

    /**
     * Back-propagates {@code ws.gz} of the last layer: leaves ∂L/∂μ = aᵀg/√n and ∂L/∂σ = (a∘a)ᵀg_v/n
     * of every layer's blocks in the workspace's native memory ({@link FieldUpdate} turns them into
     * ∂L/∂θ).
     */
    static void backward(ColumnBlocks[] blocks, WeightMoments moments, Workspace ws, int rows, Blockwork work,
                         BlockDone done) {
        for (int l = blocks.length - 1; l >= 0; l--) {
            ColumnBlocks cb = blocks[l];
            int layer = l;
            work.run(cb.count(), b -> {
                backwardBlock(cb, layer, b, moments, ws, rows);
                done.accept(layer, b);
            });
            if (l > 0) {
                inputGradient(cb, ws, layer, rows);
            }
        }
    }

    private static void backwardBlock(ColumnBlocks cb, int l, int b, WeightMoments moments, Workspace ws,
                                      int rows) {
        int n = cb.rows();
        int m = cb.cols();
        int w = cb.width(b);
        int start = cb.start(b);
        float[] gz = ws.gz[l];
        float[] xi = ws.xi[l];
        float[] sd = ws.sd[l];
        float[] g = ws.gBlock[l][b];
        float[] gv = ws.gvBlock[l][b];
        for (int r = 0; r < rows; r++) {
            int o = r * m + start;
            int p = r * w;
            for (int j = 0; j < w; j++) {
                float gj = gz[o + j];
                g[p + j] = gj;
                gv[p + j] = gj * xi[o + j] / (2f * sd[o + j]);
            }
        }
        ws.gNative.upload(l, b, g, rows * w);
        ws.gvNative.upload(l, b, gv, rows * w);
        Sgemm.tn(n, w, rows, (float) (1 / Math.sqrt(n)), ws.inNative.get(l, 0), ws.gNative.get(l, b), 0f,
                ws.dMuNative.get(l, b));
        Sgemm.tn(n, w, rows, 1f / n, ws.inNative.get(l, 1), ws.gvNative.get(l, b), 0f, ws.dSigmaNative.get(l, b));
        if (l > 0) {
            int second = cb.count() + b;
            Sgemm.nt(rows, n, w, (float) (1 / Math.sqrt(n)), ws.gNative.get(l, b), moments.muNative.get(l, b), 0f,
                    ws.ginNative.get(l, b));
            Sgemm.nt(rows, n, w, 2f / n, ws.gvNative.get(l, b), moments.sigmaNative.get(l, b), 0f,
                    ws.ginNative.get(l, second));
            ws.ginNative.download(l, b, ws.gin1[l][b], rows * n);
            ws.ginNative.download(l, second, ws.gin2[l][b], rows * n);
        }
    }

    /**
     * ∂L/∂z of layer l − 1: (Σ_b gin1 + a∘Σ_b gin2) through the ReLU, blocks summed in order (into
     * the first block's arrays).
     */
    private static void inputGradient(ColumnBlocks cb, Workspace ws, int l, int rows) {
        int size = rows * cb.rows();
        float[][] g1 = ws.gin1[l];
        float[][] g2 = ws.gin2[l];
        for (int b = 1; b < g1.length; b++) {
            accumulate(g1[0], g1[b], size);
            accumulate(g2[0], g2[b], size);
        }
        throughRelu(g1[0], g2[0], ws.in[l], ws.gz[l - 1], size);
    }

    private static void accumulate(float[] sum, float[] term, int size) {
        for (int i = 0; i < size; i++) {
            sum[i] += term[i];
        }
    }

    /**
     * out = (s1 + a∘s2)·[a > 0] with a = max(z, 0) the layer's input. The step [a > 0] is computed
     * without a branch, so that the loop vectorises: min(a, 2⁻¹⁴⁹)·2⁷⁵·2⁷⁴ is exactly 1 for every
     * positive float and 0 at a = 0; adding +0 turns the −0 of a negative gradient times 0 into the
     * +0 a branch would give.
     */
    private static void throughRelu(float[] s1, float[] s2, float[] a, float[] out, int size) {
        for (int i = 0; i < size; i++) {
            float step = (Math.min(a[i], Float.MIN_VALUE) * 0x1p75f) * 0x1p74f;
            out[i] = (s1[i] + a[i] * s2[i]) * step + 0f;
        }
    }
}
