package vcl.sim.bnn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Adam_meta against steps computed by hand. */
class AdamMetaTest {

    private static final BnnSettings S = BnnSettings.PAPER.withLearningRate(0.01);

    @Test
    void metaFactorIsOneMinusTanhSquared() {
        assertEquals(1.0, AdamMeta.metaFactor(0, 3), 0);
        double t = Math.tanh(1.35 * 0.4);
        assertEquals(1 - t * t, AdamMeta.metaFactor(1.35, -0.4), 1e-15);
    }

    @Test
    void firstStepIsDampedOnlyWhereItShrinksTheHiddenWeight() {
        // first step: m̂ = g, v̂ = g², so Δ = −lr·g/(|g| + ε)
        float[] w = {0.5f, -0.5f, 0.5f, 0f, -0.2f};
        float[] g = {1f, 1f, -1f, 1f, -2f};
        float[] m1 = new float[5];
        float[] m2 = new float[5];
        double m = 1.35;
        AdamMeta.step(w, g, m1, m2, 1, S, m);
        double lr = 0.01;
        double step = lr / (1 + 1e-8);
        double step2 = lr * 2 / (2 + 1e-8);
        assertEquals(0.5 - step * AdamMeta.metaFactor(m, 0.5), w[0], 1e-6, "shrinks: damped");
        assertEquals(-0.5 - step, w[1], 1e-6, "grows: plain");
        assertEquals(0.5 + step, w[2], 1e-6, "grows: plain");
        assertEquals(-step, w[3], 1e-6, "at zero: plain");
        assertEquals(-0.2 + step2 * AdamMeta.metaFactor(m, 0.2), w[4], 1e-6, "shrinks: damped");
        assertEquals(0.1, m1[0], 1e-7);
        assertEquals(0.001, m2[0], 1e-9);
    }

    @Test
    void secondStepByHandAndZeroMIsPlainAdam() {
        float[] wMeta = {0.3f};
        float[] wPlain = {0.3f};
        float[][] moments = {{0f}, {0f}, {0f}, {0f}};
        AdamMeta.step(wMeta, new float[] {0.4f}, moments[0], moments[1], 1, S, 2.0);
        AdamMeta.step(wPlain, new float[] {0.4f}, moments[2], moments[3], 1, S, 0);
        AdamMeta.step(wMeta, new float[] {-0.2f}, moments[0], moments[1], 2, S, 2.0);
        AdamMeta.step(wPlain, new float[] {-0.2f}, moments[2], moments[3], 2, S, 0);
        double lr = 0.01;
        // plain Adam, by hand
        double mA = 0.1 * 0.4;
        double vA = 0.001 * 0.16;
        double w1 = 0.3 - lr * (mA / 0.1) / (Math.sqrt(vA / 0.001) + 1e-8);
        double mB = 0.9 * mA + 0.1 * -0.2;
        double vB = 0.999 * vA + 0.001 * 0.04;
        double c1 = 1 - 0.81;
        double c2 = 1 - 0.999 * 0.999;
        double d2 = -lr * (mB / c1) / (Math.sqrt(vB / c2) + 1e-8);
        assertEquals(w1 + d2, wPlain[0], 1e-6);
        // meta: step 1 shrinks (damped at w = 0.3), step 2 (mB > 0, Δ < 0) shrinks again (damped at w1')
        double w1m = 0.3 - lr * AdamMeta.metaFactor(2.0, 0.3) * (mA / 0.1) / (Math.sqrt(vA / 0.001) + 1e-8);
        double w2m = w1m + d2 * AdamMeta.metaFactor(2.0, w1m);
        assertEquals(w2m, wMeta[0], 1e-6);
    }
}
