package vcl.sim.mlp;

import org.bytedeco.javacpp.FloatPointer;

/**
 * One training step on a column block of fields, tile by tile (so that every per-weight array is
 * read and written once per step):
 * <ol>
 *   <li>the means and variances at the current fields, μ = tanh βθ and σ = 1 − μ² (the values the
 *       forward pass used), kept in the block's {@link Scratch} since it was made or last updated;</li>
 *   <li>the data gradient ∂L/∂θ = βσ∘(∂L/∂μ − 2μ∘∂L/∂σ) from the backward pass's products;</li>
 *   <li>the KL prior's gradient added to it: streaming anchor: + w·c, where c = β²σ(θ − θ_prev) was
 *       left by the previous step and this step leaves c = β²σ(θ_new − θ) for the next one;
 *       task-boundary anchor: + w·β²σ(θ − θ*) with θ* the fields at the end of the previous task (no
 *       term during the first task); no anchor: nothing;</li>
 *   <li>Adam: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − lr·m̂/(√v̂ + ε) with m̂ = m/(1−β₁ᵗ),
 *       v̂ = v/(1−β₂ᵗ), t the step count over the whole sequence (never reset);</li>
 *   <li>the new μ and σ, written where the next forward pass reads them.</li>
 * </ol>
 * Each stage is its own small loop so that the JIT vectorises it (fused, they run ten times slower).
 */
final class FieldUpdate {

    /** Weights per tile: a tile of every array stays in the core's cache between the stages. */
    static final int TILE = 2048;

    /**
     * A block's working arrays, as long as the block (every loop indexes all its arrays alike, which
     * the JIT needs to vectorise): μ and σ at the block's current fields, which {@link #apply} reads
     * and brings up to date (so that it computes tanh once a step, not twice), and temporaries of
     * which only one tile is live at a time.
     */
    static final class Scratch {
        final float[] mu;
        final float[] sigma;
        final float[] dMu;
        final float[] dSigma;
        final float[] grad;
        final float[] denominator;

        /** For the fields {@code theta} at {@code beta}: the fields must not change but through {@link #apply}. */
        Scratch(float[] theta, float beta) {
            int size = theta.length;
            mu = new float[size];
            sigma = new float[size];
            dMu = new float[size];
            dSigma = new float[size];
            grad = new float[size];
            denominator = new float[size];
            FastTanh.meanAndVariance(theta, beta, mu, sigma);
        }
    }

    private FieldUpdate() {
    }

    /**
     * Updates one block in place: fields, moments, carried prior gradient, and μ and σ at
     * {@code beta} (in {@code t} and in native memory). {@code t} must have been made for these
     * fields at this β.
     *
     * @param step the step count t after this step (≥ 1)
     */
    static void apply(MlpTraining training, float beta, long step, FloatPointer dMu, FloatPointer dSigma,
                      float[] theta, float[] m, float[] v, float[] carry, float[] anchor, FloatPointer muOut,
                      FloatPointer sigmaOut, Scratch t) {
        float[] c = {(float) training.beta1(), 1f - (float) training.beta1(), (float) training.beta2(),
            1f - (float) training.beta2(), (float) (1 / (1 - Math.pow(training.beta1(), step))),
            (float) (1 / (1 - Math.pow(training.beta2(), step))), (float) training.learningRate(),
            (float) training.epsilon()};
        float kw = (float) training.klWeight();
        float betaSq = beta * beta;
        KlAnchor kind = anchor == null && training.anchor() == KlAnchor.TASK_BOUNDARY ? KlAnchor.NONE
                : kw == 0f ? KlAnchor.NONE : training.anchor();
        for (int from = 0; from < theta.length; from += TILE) {
            int to = Math.min(theta.length, from + TILE);
            int n = to - from;
            dMu.position(from).get(t.dMu, from, n);
            dSigma.position(from).get(t.dSigma, from, n);
            fieldGradient(beta, t.mu, t.sigma, t.dMu, t.dSigma, t.grad, from, to);
            switch (kind) {
                case STREAMING -> addCarry(kw, t.grad, carry, from, to);
                case TASK_BOUNDARY -> addAnchorPull(kw * betaSq, t.grad, t.sigma, theta, anchor, from, to);
                case NONE -> { }
                default -> throw new IllegalStateException("unknown anchor " + kind);
            }
            moments(c, t.grad, m, v, from, to);
            denominators(c, v, t.denominator, from, to);
            if (kind == KlAnchor.STREAMING) {
                stepAndCarry(c, betaSq, t.sigma, m, t.denominator, theta, carry, from, to);
            } else {
                step(c, m, t.denominator, theta, from, to);
            }
            FastTanh.meanAndVariance(theta, from, to, beta, t.mu, t.sigma);
            muOut.position(from).put(t.mu, from, n);
            sigmaOut.position(from).put(t.sigma, from, n);
        }
        dMu.position(0);
        dSigma.position(0);
        muOut.position(0);
        sigmaOut.position(0);
    }

    /** out[i] = βσ[i](∂L/∂μ[i] − 2μ[i]·∂L/∂σ[i]) for i = from..to−1: the gradient with respect to the field. */
    static void fieldGradient(float beta, float[] mu, float[] sigma, float[] dMu, float[] dSigma, float[] out,
                              int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = beta * sigma[i] * (dMu[i] - 2f * mu[i] * dSigma[i]);
        }
    }

    /**
     * 2⁻¹⁰⁰, added to and taken from each moment: a moment below about 5·10⁻³⁸ becomes 0 instead of
     * decaying through the subnormal numbers (saturated weights have σ = 0, hence g = 0, and their
     * moments shrink geometrically; subnormal arithmetic is a hundred times slower). Moments above
     * 10⁻²³ are unchanged, and those between have no effect on a step of size lr·m̂/(√v̂ + ε).
     */
    private static final float FLUSH = 0x1p-100f;

    // Adam constants in c: β₁, 1 − β₁, β₂, 1 − β₂, 1/(1 − β₁ᵗ), 1/(1 − β₂ᵗ), lr, ε.
    // The step is cut into loops over the tile (prior, moments, denominators, step): one loop doing
    // all of it is not vectorised by the JIT and costs four times as much. Every value is computed by
    // the same operations in the same order as in the single loop, so the numbers are the same.

    /** grad[k] += kw·carry[k]: the streaming prior's gradient carried from the previous step. */
    private static void addCarry(float kw, float[] grad, float[] carry, int from, int to) {
        for (int k = from; k < to; k++) {
            grad[k] = grad[k] + kw * carry[k];
        }
    }

    /** grad[k] += strength·σ[k](θ[k] − θ*[k]): the pull towards the task-boundary anchor. */
    private static void addAnchorPull(float strength, float[] grad, float[] sigma, float[] theta, float[] anchor,
                                      int from, int to) {
        for (int k = from; k < to; k++) {
            grad[k] = grad[k] + strength * sigma[k] * (theta[k] - anchor[k]);
        }
    }

    /** Adam's moments m ← β₁m + (1−β₁)g and v ← β₂v + (1−β₂)g², subnormals flushed. */
    private static void moments(float[] c, float[] grad, float[] m, float[] v, int from, int to) {
        float b1 = c[0], o1 = c[1], b2 = c[2], o2 = c[3];
        for (int k = from; k < to; k++) {
            float g = grad[k];
            m[k] = (b1 * m[k] + o1 * g + FLUSH) - FLUSH;
            v[k] = (b2 * v[k] + o2 * g * g + FLUSH) - FLUSH;
        }
    }

    /** denominator[k] = √v̂[k] + ε. */
    private static void denominators(float[] c, float[] v, float[] denominator, int from, int to) {
        float invC2 = c[5], eps = c[7];
        for (int k = from; k < to; k++) {
            denominator[k] = (float) Math.sqrt(v[k] * invC2) + eps;
        }
    }

    /** θ ← θ − δ with δ = lr·m̂/(√v̂ + ε). */
    private static void step(float[] c, float[] m, float[] denominator, float[] theta, int from, int to) {
        float invC1 = c[4], lr = c[6];
        for (int k = from; k < to; k++) {
            theta[k] -= lr * (m[k] * invC1) / denominator[k];
        }
    }

    /** θ ← θ − δ and carry = −β²σδ = β²σ(θ_new − θ), the prior gradient of the next step. */
    private static void stepAndCarry(float[] c, float betaSq, float[] sigma, float[] m, float[] denominator,
                                     float[] theta, float[] carry, int from, int to) {
        float invC1 = c[4], lr = c[6];
        for (int k = from; k < to; k++) {
            float delta = lr * (m[k] * invC1) / denominator[k];
            theta[k] -= delta;
            carry[k] = -betaSq * sigma[k] * delta;
        }
    }
}
