package vcl.sim.mlp;

/**
 * One Adam step on a column block of fields, with the KL prior's gradient added to the data
 * gradient, followed by the new means and variances at the same β:
 * <ul>
 *   <li>streaming anchor: g + w·c, where c = β²σ(θ − θ_prev) was left by the previous step, and this
 *       step leaves c = β²σ(θ_new − θ) for the next one (σ of the fields before the step);</li>
 *   <li>task-boundary anchor: g + w·β²σ(θ − θ*) with θ* the fields at the end of the previous task
 *       (no term during the first task);</li>
 *   <li>no anchor: g.</li>
 * </ul>
 * Adam: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − lr·m̂/(√v̂ + ε) with the bias corrections
 * m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ), t the step count over the whole sequence (never reset).
 */
final class FieldUpdate {

    private FieldUpdate() {
    }

    /**
     * Updates one block in place: fields, moments, carried prior gradient, and μ, σ at {@code beta}.
     *
     * @param step the step count t after this step (≥ 1)
     */
    static void apply(MlpTraining training, float beta, long step, float[] grad, float[] theta, float[] m,
                      float[] v, float[] carry, float[] anchor, float[] mu, float[] sigma) {
        float b1 = (float) training.beta1();
        float b2 = (float) training.beta2();
        float oneMinusB1 = 1f - b1;
        float oneMinusB2 = 1f - b2;
        float invC1 = (float) (1 / (1 - Math.pow(training.beta1(), step)));
        float invC2 = (float) (1 / (1 - Math.pow(training.beta2(), step)));
        float lr = (float) training.learningRate();
        float eps = (float) training.epsilon();
        float kw = (float) training.klWeight();
        float betaSq = beta * beta;
        KlAnchor kind = anchor == null && training.anchor() == KlAnchor.TASK_BOUNDARY ? KlAnchor.NONE
                : kw == 0f ? KlAnchor.NONE : training.anchor();
        float[] c = {b1, oneMinusB1, b2, oneMinusB2, invC1, invC2, lr, eps};
        switch (kind) {
            case STREAMING -> streaming(c, kw, betaSq, grad, theta, m, v, carry, sigma);
            case TASK_BOUNDARY -> towardsAnchor(c, kw * betaSq, grad, theta, m, v, anchor, sigma);
            case NONE -> plain(c, grad, theta, m, v);
            default -> throw new IllegalStateException("unknown anchor " + kind);
        }
        // a separate pass: fused into the loops above, the JIT leaves them unvectorised (ten times slower)
        FastTanh.meanAndVariance(theta, beta, mu, sigma);
    }

    // Adam constants in c: β₁, 1 − β₁, β₂, 1 − β₂, 1/(1 − β₁ᵗ), 1/(1 − β₂ᵗ), lr, ε. Each variant is its own
    // small loop so that the JIT vectorises it.

    private static void streaming(float[] c, float kw, float betaSq, float[] grad, float[] theta, float[] m,
                                  float[] v, float[] carry, float[] sigma) {
        float b1 = c[0], o1 = c[1], b2 = c[2], o2 = c[3], invC1 = c[4], invC2 = c[5], lr = c[6], eps = c[7];
        for (int i = 0; i < theta.length; i++) {
            float g = grad[i] + kw * carry[i];
            float mi = b1 * m[i] + o1 * g;
            float vi = b2 * v[i] + o2 * g * g;
            m[i] = mi;
            v[i] = vi;
            float delta = lr * (mi * invC1) / ((float) Math.sqrt(vi * invC2) + eps);
            theta[i] -= delta;
            carry[i] = -betaSq * sigma[i] * delta;
        }
    }

    private static void towardsAnchor(float[] c, float strength, float[] grad, float[] theta, float[] m, float[] v,
                                      float[] anchor, float[] sigma) {
        float b1 = c[0], o1 = c[1], b2 = c[2], o2 = c[3], invC1 = c[4], invC2 = c[5], lr = c[6], eps = c[7];
        for (int i = 0; i < theta.length; i++) {
            float g = grad[i] + strength * sigma[i] * (theta[i] - anchor[i]);
            float mi = b1 * m[i] + o1 * g;
            float vi = b2 * v[i] + o2 * g * g;
            m[i] = mi;
            v[i] = vi;
            theta[i] -= lr * (mi * invC1) / ((float) Math.sqrt(vi * invC2) + eps);
        }
    }

    private static void plain(float[] c, float[] grad, float[] theta, float[] m, float[] v) {
        float b1 = c[0], o1 = c[1], b2 = c[2], o2 = c[3], invC1 = c[4], invC2 = c[5], lr = c[6], eps = c[7];
        for (int i = 0; i < theta.length; i++) {
            float g = grad[i];
            float mi = b1 * m[i] + o1 * g;
            float vi = b2 * v[i] + o2 * g * g;
            m[i] = mi;
            v[i] = vi;
            theta[i] -= lr * (mi * invC1) / ((float) Math.sqrt(vi * invC2) + eps);
        }
    }
}
