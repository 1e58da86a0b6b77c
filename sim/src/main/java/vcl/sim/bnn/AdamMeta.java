package vcl.sim.bnn;

/**
 * Adam with metaplasticity (the paper's Adam_meta): the Adam step Δ of a hidden weight W_h is
 * multiplied by f_meta = 1 − tanh²(m·|W_h|) wherever it would decrease |W_h| (Δ of the opposite
 * sign to W_h); steps that increase |W_h| are plain Adam. m = 0 is plain Adam.
 * Δ = −lr·m̂/(√v̂ + ε) with the bias-corrected moments m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ).
 */
public final class AdamMeta {

    private AdamMeta() {
    }

    /** f_meta(W_h) = 1 − tanh²(m·|W_h|). */
    public static double metaFactor(double m, double w) {
        double t = Math.tanh(m * Math.abs(w));
        return 1 - t * t;
    }

    /**
     * One step at step count {@code t} (≥ 1, counted from the last reset) on {@code w} with gradient
     * {@code grad}, updating the moments {@code m1}, {@code m2} in place; {@code metaM} = 0 for
     * parameters that are not hidden weights.
     */
    public static void step(float[] w, float[] grad, float[] m1, float[] m2, long t, BnnSettings s, double metaM) {
        double b1 = s.beta1();
        double b2 = s.beta2();
        double c1 = 1 - Math.pow(b1, t);
        double c2 = 1 - Math.pow(b2, t);
        double lr = s.learningRate();
        double eps = s.epsilon();
        for (int i = 0; i < w.length; i++) {
            double g = grad[i];
            double m = b1 * m1[i] + (1 - b1) * g;
            double v = b2 * m2[i] + (1 - b2) * g * g;
            m1[i] = (float) m;
            m2[i] = (float) v;
            double delta = -lr * (m / c1) / (Math.sqrt(v / c2) + eps);
            double wi = w[i];
            if (metaM > 0 && wi * delta < 0) {
                delta *= metaFactor(metaM, wi);
            }
            w[i] = (float) (wi + delta);
        }
    }
}
