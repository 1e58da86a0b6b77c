package vcl.sim.mlp;

/**
 * The local-reparameterization pass of theory.md §6.1 through a network whose weight layer l has
 * means μ and variances σ (column blocks). Forward: z = aμ/√n + √((a∘a)σ/n + 10⁻¹²)·ξ, ReLU between
 * layers; the cross-entropy of the softmax of the last z summed over the batch. Backward, with g = ∂L/∂z
 * and g_v = g∘ξ/(2√v): ∂L/∂θ = βσ∘(aᵀg/√n − 2μ∘(a∘a)ᵀg_v/n), and ∂L/∂a = gμᵀ/√n + 2a∘(g_vσᵀ)/n.
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
    static void forward(ColumnBlocks[] blocks, float[][][] mu, float[][][] sigma, Workspace ws, int rows,
                        Blockwork work) {
        int layers = blocks.length;
        for (int l = 0; l < layers; l++) {
            ColumnBlocks cb = blocks[l];
            int layer = l;
            work.run(cb.count(), b -> forwardBlock(cb, layer, b, mu[layer][b], sigma[layer][b], ws, rows));
            if (l < layers - 1) {
                relu(ws.z[l], ws.in[l + 1], ws.inSq[l + 1], rows * cb.cols());
            }
        }
    }

    private static void forwardBlock(ColumnBlocks cb, int l, int b, float[] mu, float[] sigma, Workspace ws,
                                     int rows) {
        int n = cb.rows();
        int m = cb.cols();
        int w = cb.width(b);
        int start = cb.start(b);
        float[] mean = ws.meanOut[l][b];
        float[] var = ws.varOut[l][b];
        Sgemm.nn(rows, w, n, (float) (1 / Math.sqrt(n)), ws.in[l], mu, 0f, mean);
        Sgemm.nn(rows, w, n, 1f / n, ws.inSq[l], sigma, 0f, var);
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
     * Back-propagates {@code ws.gz} of the last layer: fills {@code ws.grad} (∂L/∂θ, column blocks)
     * of every layer, and keeps μ and σ unchanged.
     */
    static void backward(ColumnBlocks[] blocks, float[][][] mu, float[][][] sigma, float beta, Workspace ws,
                         int rows, Blockwork work) {
        for (int l = blocks.length - 1; l >= 0; l--) {
            ColumnBlocks cb = blocks[l];
            int layer = l;
            work.run(cb.count(), b -> backwardBlock(cb, layer, b, mu[layer][b], sigma[layer][b], beta, ws, rows));
            if (l > 0) {
                inputGradient(cb, ws, layer, rows);
            }
        }
    }

    private static void backwardBlock(ColumnBlocks cb, int l, int b, float[] mu, float[] sigma, float beta,
                                      Workspace ws, int rows) {
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
        float[] dMu = ws.dMu[l][b];
        float[] dSigma = ws.dSigma[l][b];
        Sgemm.tn(n, w, rows, (float) (1 / Math.sqrt(n)), ws.in[l], g, 0f, dMu);
        Sgemm.tn(n, w, rows, 1f / n, ws.inSq[l], gv, 0f, dSigma);
        float[] grad = ws.grad[l][b];
        for (int i = 0; i < grad.length; i++) {
            grad[i] = beta * sigma[i] * (dMu[i] - 2f * mu[i] * dSigma[i]);
        }
        if (l > 0) {
            Sgemm.nt(rows, n, w, (float) (1 / Math.sqrt(n)), g, mu, 0f, ws.gin1[l][b]);
            Sgemm.nt(rows, n, w, 2f / n, gv, sigma, 0f, ws.gin2[l][b]);
        }
    }

    /** ∂L/∂z of layer l − 1: (Σ_b gin1 + a∘Σ_b gin2) through the ReLU, blocks summed in order. */
    private static void inputGradient(ColumnBlocks cb, Workspace ws, int l, int rows) {
        int size = rows * cb.rows();
        float[] a = ws.in[l];
        float[] zBelow = ws.z[l - 1];
        float[] out = ws.gz[l - 1];
        float[][] g1 = ws.gin1[l];
        float[][] g2 = ws.gin2[l];
        for (int i = 0; i < size; i++) {
            float s1 = g1[0][i];
            float s2 = g2[0][i];
            for (int b = 1; b < g1.length; b++) {
                s1 += g1[b][i];
                s2 += g2[b][i];
            }
            float gi = s1 + a[i] * s2;
            out[i] = zBelow[i] > 0f ? gi : 0f;
        }
    }
}
