package vcl.sim.bnn;

/**
 * Adam with metaplasticity (the paper's Adam_meta): the Adam step Δ of a hidden weight W_h is
 * multiplied by f_meta = 1 − tanh²(m·|W_h|) wherever it would decrease |W_h| (Δ of the opposite
 * sign to W_h); steps that increase |W_h| are plain Adam. m = 0 is plain Adam.
 * Δ = −lr·m̂/(√v̂ + ε) with the bias-corrected moments m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ).
 * Element by element, so any split of the arrays into ranges gives the same numbers.
 */
public final class AdamMeta {

    private AdamMeta() {
    }

    /** f_meta(W_h) = 1 − tanh²(m·|W_h|), computed as 4u/(1 + u)² with u = exp(−2m·|W_h|). */
    public static double metaFactor(double m, double w) {
        double u = Math.exp(-2 * m * Math.abs(w));
        return 4 * u / ((1 + u) * (1 + u));
    }

    /**
     * One step at step count {@code t} (≥ 1, counted from the last reset) on {@code w} with gradient
     * {@code grad}, updating the moments {@code m1}, {@code m2} in place; {@code metaM} = 0 for
     * parameters that are not hidden weights.
     */
    public static void step(float[] w, float[] grad, float[] m1, float[] m2, long t, BnnSettings s, double metaM) {
        step(w, grad, m1, m2, t, s, metaM, 0, w.length);
    }

    /** {@link #step} on the elements {@code from} (inclusive) to {@code to} (exclusive) only. */
    public static void step(float[] w, float[] grad, float[] m1, float[] m2, long t, BnnSettings s, double metaM,
                            int from, int to) {
        float b1 = (float) s.beta1();
        float b2 = (float) s.beta2();
        float a1 = (float) (1 - s.beta1());
        float a2 = (float) (1 - s.beta2());
        float rate = (float) (s.learningRate() / (1 - Math.pow(s.beta1(), t)));
        float root = (float) (1 / Math.sqrt(1 - Math.pow(s.beta2(), t)));
        float eps = (float) s.epsilon();
        float twoM = (float) (2 * metaM);
        boolean meta = metaM > 0;
        for (int i = from; i < to; i++) {
            float g = grad[i];
            float m = b1 * m1[i] + a1 * g;
            float v = b2 * m2[i] + a2 * g * g;
            m1[i] = m;
            m2[i] = v;
            float delta = -rate * m / ((float) Math.sqrt(v) * root + eps);
            float wi = w[i];
            if (meta && wi * delta < 0) {
                float u = (float) Math.exp(-twoM * Math.abs(wi));
                delta *= 4 * u / ((1 + u) * (1 + u));
            }
            w[i] = wi + delta;
        }
    }
}
