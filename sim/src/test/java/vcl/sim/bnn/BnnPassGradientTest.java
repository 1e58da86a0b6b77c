package vcl.sim.bnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vcl.sim.mlp.MlpShape;

/**
 * The backward pass against central finite differences of the loss, on the smooth network (both
 * signs replaced by the identity: linear products, batch normalisation with batch statistics,
 * softmax cross-entropy), and the straight-through rule of the binarized one.
 */
class BnnPassGradientTest {

    private static final MlpShape SHAPE = new MlpShape(List.of(7, 6, 5, 3));
    private static final int BATCH = 9;
    private static final double H = 1e-3;

    private static BnnState randomState(long seed) {
        BnnState s = BnnState.initial(SHAPE, 0.5, seed);
        Random rnd = new Random(seed);
        for (int l = 0; l < SHAPE.layers(); l++) {
            for (int j = 0; j < SHAPE.out(l); j++) {
                s.gamma[l][j] = (float) (0.5 + rnd.nextDouble());
                s.shift[l][j] = (float) (0.3 * rnd.nextGaussian());
            }
        }
        return s;
    }

    private static void fillInput(BnnPass pass, int[] labels, long seed) {
        Random rnd = new Random(seed);
        for (int i = 0; i < pass.x[0].length; i++) {
            pass.x[0][i] = rnd.nextFloat();
        }
        for (int r = 0; r < labels.length; r++) {
            labels[r] = rnd.nextInt(SHAPE.out(SHAPE.layers() - 1));
        }
    }

    private static double loss(BnnState s, BnnPass pass, int[] labels) {
        pass.loadWeights(s);
        pass.forward(s, null, 0.1, 1e-5);
        return pass.crossEntropy(labels);
    }

    private static void check(String what, float[] param, float analytic, int i, BnnState s, BnnPass pass,
                              int[] labels) {
        float keep = param[i];
        param[i] = (float) (keep + H);
        double up = loss(s, pass, labels);
        param[i] = (float) (keep - H);
        double down = loss(s, pass, labels);
        param[i] = keep;
        double numeric = (up - down) / (2 * H);
        assertEquals(numeric, analytic, 2e-3 + 2e-2 * Math.abs(numeric), what + "[" + i + "]");
    }

    @Test
    void smoothNetworkGradientsMatchFiniteDifferences() {
        BnnState s = randomState(3);
        try (BnnPass pass = new BnnPass(SHAPE, BATCH, false)) {
            int[] labels = new int[BATCH];
            fillInput(pass, labels, 5);
            loss(s, pass, labels);
            pass.backward(s);
            float[][] dW = copy(pass.dW);
            float[][] dGamma = copy(pass.dGamma);
            float[][] dShift = copy(pass.dShift);
            double largest = 0;
            for (int l = 0; l < SHAPE.layers(); l++) {
                for (int i = 0; i < s.weights[l].length; i++) {
                    check("dW" + l, s.weights[l], dW[l][i], i, s, pass, labels);
                    largest = Math.max(largest, Math.abs(dW[l][i]));
                }
                for (int j = 0; j < SHAPE.out(l); j++) {
                    check("dGamma" + l, s.gamma[l], dGamma[l][j], j, s, pass, labels);
                    check("dShift" + l, s.shift[l], dShift[l][j], j, s, pass, labels);
                }
            }
            assertTrue(largest > 1e-2, "gradients are not all negligible: " + largest);
        }
    }

    @Test
    void straightThroughPassesTheGradientOnlyWhereTheActivationIsWithinOne() {
        BnnState s = randomState(4);
        try (BnnPass pass = new BnnPass(SHAPE, BATCH, true)) {
            int[] labels = new int[BATCH];
            fillInput(pass, labels, 6);
            // every first-layer output far beyond ±1: nothing passes back to layer 0
            java.util.Arrays.fill(s.gamma[0], 0.01f);
            java.util.Arrays.fill(s.shift[0], 3f);
            loss(s, pass, labels);
            pass.backward(s);
            assertAllZero(pass.dW[0]);
            assertAllZero(pass.dGamma[0]);
            assertAllZero(pass.dShift[0]);
            assertTrue(maxAbs(pass.dW[1]) > 0, "the upper layers still learn");
            // every first-layer output within ±1: the gradient passes
            java.util.Arrays.fill(s.shift[0], 0.5f);
            loss(s, pass, labels);
            pass.backward(s);
            assertTrue(maxAbs(pass.dShift[0]) > 1e-4, "gradient passed where |y| <= 1");
        }
    }

    private static void assertAllZero(float[] a) {
        for (float v : a) {
            assertEquals(0f, v, 0f);
        }
    }

    private static double maxAbs(float[] a) {
        double m = 0;
        for (float v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static float[][] copy(float[][] a) {
        float[][] c = new float[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
