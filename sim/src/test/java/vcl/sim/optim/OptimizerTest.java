package vcl.sim.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Optimizer steps against updates computed by hand. */
class OptimizerTest {

    @Test
    void sgdStep() {
        double[] h = {1, -2};
        new Sgd(0.1, WeightDecay.NONE).step(h, new double[] {0.5, 1});
        assertArrayEquals(new double[] {0.95, -2.1}, h, 1e-15);
    }

    @Test
    void momentumAccumulatesVelocity() {
        Optimizer o = new Momentum(1, 0.1, 0.9, WeightDecay.NONE);
        double[] h = {1};
        o.step(h, new double[] {2});     // v = 0.2, h = 0.8
        assertEquals(0.8, h[0], 1e-15);
        o.step(h, new double[] {1});     // v = 0.9*0.2 + 0.1 = 0.28, h = 0.52
        assertEquals(0.52, h[0], 1e-15);
        o.step(h, new double[] {0});     // v = 0.252, h = 0.268
        assertEquals(0.268, h[0], 1e-15);
    }

    @Test
    void adamBiasCorrection() {
        double lr = 0.01;
        Optimizer o = new Adam(2, lr, 0.9, 0.999, 1e-8, WeightDecay.NONE);
        double[] h = {0, 0};
        o.step(h, new double[] {3, -0.5});
        // step 1: â = g, b̂ = g², so Δh = −lr·g/(|g| + ε)
        assertEquals(-lr * 3 / (3 + 1e-8), h[0], 1e-17);
        assertEquals(lr * 0.5 / (0.5 + 1e-8), h[1], 1e-17);
        o.step(h, new double[] {1, -0.5});
        // step 2 for component 0: a = 0.9·0.3 + 0.1·1 = 0.37, b = 0.999·0.009 + 0.001·1 = 0.009991
        double aHat = 0.37 / (1 - 0.81);
        double bHat = 0.009991 / (1 - 0.998001);
        assertEquals(-lr * 3 / (3 + 1e-8) - lr * aHat / (Math.sqrt(bHat) + 1e-8), h[0], 1e-15);
        // a constant gradient gives steps of exactly lr (up to ε) at every t thanks to the correction
        assertEquals(2 * lr * 0.5 / (0.5 + 1e-8), h[1], 1e-15);
    }

    @Test
    void weightDecayL2AndDecoupled() {
        double lr = 0.1;
        double wd = 0.5;
        // L2 with Adam at step 1: the decay enters the gradient, g' = g + wd·h, step = −lr·sign(g')
        double[] h = {2};
        new Adam(1, lr, 0.9, 0.999, 1e-8, new WeightDecay(wd, false)).step(h, new double[] {-0.5});
        assertEquals(2 - lr * 0.5 / (0.5 + 1e-8), h[0], 1e-15);   // g' = −0.5 + 1 = 0.5
        // decoupled (AdamW): h ← h(1 − lr·wd), then the Adam step on the raw gradient
        double[] k = {2};
        new Adam(1, lr, 0.9, 0.999, 1e-8, new WeightDecay(wd, true)).step(k, new double[] {-0.5});
        assertEquals(2 * (1 - lr * wd) + lr * 0.5 / (0.5 + 1e-8), k[0], 1e-15);
        // momentum with L2: v = lr(g + wd h)
        double[] m = {2};
        new Momentum(1, lr, 0.9, new WeightDecay(wd, false)).step(m, new double[] {1});
        assertEquals(2 - lr * (1 + wd * 2), m[0], 1e-15);
        // SGD with decoupled decay: h(1 − lr wd) − lr g
        double[] s = {2};
        new Sgd(lr, new WeightDecay(wd, true)).step(s, new double[] {1});
        assertEquals(2 * (1 - lr * wd) - lr, s[0], 1e-15);
    }

    @Test
    void specBuildsTheRightOptimizerAndValidates() {
        assertTrue(OptimizerSpec.momentum(0.03, 0.9).create(3) instanceof Momentum);
        assertTrue(OptimizerSpec.momentum(0.03, 0).create(3) instanceof Sgd);
        assertTrue(OptimizerSpec.adam(1e-3, WeightDecay.NONE).create(3) instanceof Adam);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OptimizerKind.of("rmsprop"));
        assertTrue(e.getMessage().contains("optimizer"));
        e = assertThrows(IllegalArgumentException.class, () -> OptimizerSpec.momentum(0, 0.9));
        assertTrue(e.getMessage().contains("lr"));
        assertThrows(IllegalArgumentException.class, () -> new WeightDecay(-1, true));
    }
}
