package vcl.sim.ewc;

import vcl.sim.mlp.MlpShape;

/** A plain double-precision MLP (no biases, ReLU, softmax), written independently of the native pass. */
final class ReferenceMlp {

    private ReferenceMlp() {
    }

    /** log p(label | x) for one example (x of the input width). */
    static double logLikelihood(MlpShape shape, double[][] w, float[] x, int offset, int label) {
        double[] h = new double[shape.in(0)];
        for (int i = 0; i < h.length; i++) {
            h[i] = x[offset + i];
        }
        for (int l = 0; l < shape.layers(); l++) {
            int in = shape.in(l);
            int out = shape.out(l);
            double[] z = new double[out];
            for (int j = 0; j < out; j++) {
                double s = 0;
                for (int i = 0; i < in; i++) {
                    s += h[i] * w[l][i * out + j];
                }
                z[j] = l < shape.layers() - 1 ? Math.max(0, s) : s;
            }
            h = z;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double z : h) {
            max = Math.max(max, z);
        }
        double sum = 0;
        for (double z : h) {
            sum += Math.exp(z - max);
        }
        return h[label] - max - Math.log(sum);
    }

    /** Mean cross-entropy of n examples plus (λ/2)·Σ F (w − anchor)² (no penalty if anchor is null). */
    static double objective(MlpShape shape, double[][] w, float[] x, int[] labels, int n, float[][] fisher,
                            float[][] anchor, double lambda) {
        double loss = 0;
        for (int r = 0; r < n; r++) {
            loss -= logLikelihood(shape, w, x, r * shape.in(0), labels[r]);
        }
        loss /= n;
        if (anchor != null) {
            double p = 0;
            for (int l = 0; l < w.length; l++) {
                for (int i = 0; i < w[l].length; i++) {
                    double d = w[l][i] - anchor[l][i];
                    p += fisher[l][i] * d * d;
                }
            }
            loss += 0.5 * lambda * p;
        }
        return loss;
    }

    static double[][] toDouble(float[][] a) {
        double[][] out = new double[a.length][];
        for (int l = 0; l < a.length; l++) {
            out[l] = new double[a[l].length];
            for (int i = 0; i < a[l].length; i++) {
                out[l][i] = a[l][i];
            }
        }
        return out;
    }
}
