package vcl.sim.ewc;

import vcl.sim.linalg.Blockwork;
import vcl.sim.mlp.MlpTraining;

/**
 * The EWC penalty's gradient and Adam's step on the weights, elementwise in pieces of fixed size.
 */
final class EwcUpdate {

    /** Weights per piece of the elementwise update. */
    static final int CHUNK = 1 << 15;

    private EwcUpdate() {
    }

    /**
     * Adds the penalty's gradient λ·F_i (θ_i − θ*_i) to {@code grad} and returns the penalty
     * (λ/2)·Σ_i F_i (θ_i − θ*_i)² (0 before the first consolidation).
     */
    static double addPenalty(EwcState state, float[][] grad, double lambda) {
        if (state.anchor == null) {
            return 0;
        }
        double sum = 0;
        float lam = (float) lambda;
        for (int l = 0; l < grad.length; l++) {
            float[] w = state.weights[l];
            float[] a = state.anchor[l];
            float[] f = state.fisher[l];
            for (int i = 0; i < w.length; i++) {
                float dw = w[i] - a[i];
                grad[l][i] += lam * f[i] * dw;
                sum += (double) f[i] * dw * dw;
            }
        }
        return 0.5 * lambda * sum;
    }

    /** One Adam step on the weights with the cross-entropy gradient {@code grad} plus the penalty's. */
    static void adam(EwcState state, float[][] grad, MlpTraining t, double lambda, Blockwork pieces) {
        long step = ++state.step;
        float b1 = (float) t.beta1();
        float b2 = (float) t.beta2();
        float c1 = (float) (1 / (1 - Math.pow(t.beta1(), step)));
        float c2 = (float) (1 / (1 - Math.pow(t.beta2(), step)));
        float lr = (float) t.learningRate();
        float eps = (float) t.epsilon();
        float lam = (float) lambda;
        boolean anchored = state.anchor != null;
        for (int l = 0; l < grad.length; l++) {
            float[] w = state.weights[l];
            float[] m = state.adamM[l];
            float[] v = state.adamV[l];
            float[] g = grad[l];
            float[] f = state.fisher[l];
            float[] a = anchored ? state.anchor[l] : null;
            pieces.run(Blockwork.count(w.length, CHUNK), p -> {
                for (int i = p * CHUNK, end = Math.min(w.length, i + CHUNK); i < end; i++) {
                    float gi = anchored ? g[i] + lam * f[i] * (w[i] - a[i]) : g[i];
                    m[i] = b1 * m[i] + (1 - b1) * gi;
                    v[i] = b2 * v[i] + (1 - b2) * gi * gi;
                    w[i] -= lr * (m[i] * c1) / ((float) Math.sqrt(v[i] * c2) + eps);
                }
            });
        }
    }
}
