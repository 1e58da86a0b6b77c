package vcl.sim.mlp;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import vcl.sim.linalg.Blockwork;

/**
 * The backward pass against central finite differences of an independent double-precision forward
 * pass, the noise ξ held fixed: every field of every layer of a 6-5-4-3 network cut into column
 * blocks two wide (so the block sums are exercised too).
 */
class GaussianPassGradientTest {

    private static final int[] WIDTHS = {6, 5, 4, 3};
    private static final int BATCH = 4;
    private static final double BETA = 1.3;

    @Test
    void fieldGradientMatchesFiniteDifferencesOfTheLoss() {
        Random rnd = new Random(11);
        int layers = WIDTHS.length - 1;
        ColumnBlocks[] blocks = new ColumnBlocks[layers];
        double[][] theta = new double[layers][];
        double[][] xi = new double[layers][];
        Workspace ws;
        for (int l = 0; l < layers; l++) {
            blocks[l] = new ColumnBlocks(WIDTHS[l], WIDTHS[l + 1], 2);
            theta[l] = new double[WIDTHS[l] * WIDTHS[l + 1]];
            for (int i = 0; i < theta[l].length; i++) {
                theta[l][i] = (float) (0.8 * rnd.nextGaussian());
            }
            xi[l] = new double[BATCH * WIDTHS[l + 1]];
            for (int i = 0; i < xi[l].length; i++) {
                xi[l][i] = (float) rnd.nextGaussian();
            }
        }
        ws = new Workspace(blocks, BATCH, true);
        double[] x = new double[BATCH * WIDTHS[0]];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rnd.nextDouble();
            ws.in[0][i] = (float) x[i];
            ws.inSq[0][i] = (float) (x[i] * x[i]);
        }
        int[] labels = {0, 2, 1, 2};
        WeightMoments moments = new WeightMoments(blocks);
        for (int l = 0; l < layers; l++) {
            float[] f = new float[theta[l].length];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) theta[l][i];
            }
            float[][] tb = blocks[l].split(f);
            for (int b = 0; b < tb.length; b++) {
                moments.compute(l, b, tb[b], (float) BETA);
            }
            for (int i = 0; i < xi[l].length; i++) {
                ws.xi[l][i] = (float) xi[l][i];
            }
        }
        Blockwork work = Blockwork.of(1);
        GaussianPass.forward(blocks, moments, ws, BATCH, work);
        double loss = GaussianPass.crossEntropy(blocks[layers - 1], ws, BATCH, labels, 0);
        GaussianPass.backward(blocks, moments, ws, BATCH, work, GaussianPass.BlockDone.NOTHING);

        assertEquals(referenceLoss(theta, x, xi, labels), loss, 1e-5 * Math.abs(loss), "forward pass");
        double h = 1e-6;
        for (int l = 0; l < layers; l++) {
            float[] analytic = fieldGradient(blocks[l], l, theta[l], ws);
            double[] numeric = new double[analytic.length];
            double scale = 0;
            for (int i = 0; i < numeric.length; i++) {
                double keep = theta[l][i];
                theta[l][i] = keep + h;
                double up = referenceLoss(theta, x, xi, labels);
                theta[l][i] = keep - h;
                double down = referenceLoss(theta, x, xi, labels);
                theta[l][i] = keep;
                numeric[i] = (up - down) / (2 * h);
                scale = Math.max(scale, Math.abs(numeric[i]));
            }
            assertTrue(scale > 1e-3, "layer " + l + " has a gradient to compare");
            for (int i = 0; i < numeric.length; i++) {
                assertEquals(numeric[i], analytic[i], 2e-5 * scale, "layer " + l + " field " + i);
            }
        }
    }

    /** ∂L/∂θ of layer l from the backward pass's ∂L/∂μ and ∂L/∂σ, row-major. */
    private static float[] fieldGradient(ColumnBlocks cb, int l, double[] theta, Workspace ws) {
        float[] f = new float[theta.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) theta[i];
        }
        float[][] tb = cb.split(f);
        float[][] grad = cb.allocate();
        for (int b = 0; b < cb.count(); b++) {
            int size = tb[b].length;
            float[] mu = new float[size];
            float[] sigma = new float[size];
            float[] dMu = new float[size];
            float[] dSigma = new float[size];
            FastTanh.meanAndVariance(tb[b], (float) BETA, mu, sigma);
            ws.dMuNative.download(l, b, dMu, size);
            ws.dSigmaNative.download(l, b, dSigma, size);
            FieldUpdate.fieldGradient((float) BETA, mu, sigma, dMu, dSigma, grad[b], 0, size);
        }
        return cb.join(grad);
    }

    /** Summed softmax cross-entropy of the local-reparameterization forward pass, in double precision. */
    private static double referenceLoss(double[][] theta, double[] x, double[][] xi, int[] labels) {
        double[] a = x.clone();
        double loss = 0;
        double[] z = null;
        for (int l = 0; l < theta.length; l++) {
            int n = WIDTHS[l];
            int m = WIDTHS[l + 1];
            z = new double[BATCH * m];
            for (int r = 0; r < BATCH; r++) {
                for (int j = 0; j < m; j++) {
                    double mean = 0;
                    double var = 0;
                    for (int i = 0; i < n; i++) {
                        double mu = Math.tanh(BETA * theta[l][i * m + j]);
                        double ai = a[r * n + i];
                        mean += ai * mu;
                        var += ai * ai * (1 - mu * mu);
                    }
                    z[r * m + j] = mean / Math.sqrt(n) + Math.sqrt(var / n + 1e-12) * xi[l][r * m + j];
                }
            }
            if (l < theta.length - 1) {
                a = new double[z.length];
                for (int i = 0; i < z.length; i++) {
                    a[i] = Math.max(0, z[i]);
                }
            }
        }
        int m = WIDTHS[WIDTHS.length - 1];
        for (int r = 0; r < BATCH; r++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                max = Math.max(max, z[r * m + j]);
            }
            double sum = 0;
            for (int j = 0; j < m; j++) {
                sum += Math.exp(z[r * m + j] - max);
            }
            loss += Math.log(sum) + max - z[r * m + labels[r]];
        }
        return loss;
    }

    @Test
    void blocksSplitAndJoinWithoutLoss() {
        ColumnBlocks cb = new ColumnBlocks(3, 7, 3);
        assertEquals(3, cb.count());
        assertEquals(List.of(3, 3, 1), List.of(cb.width(0), cb.width(1), cb.width(2)));
        float[] m = new float[21];
        for (int i = 0; i < m.length; i++) {
            m[i] = i;
        }
        float[][] b = cb.split(m);
        assertEquals(4f, b[1][0 * 3 + 1]);
        assertEquals(20f, b[2][2]);
        assertTrue(java.util.Arrays.equals(m, cb.join(b)));
    }
}
