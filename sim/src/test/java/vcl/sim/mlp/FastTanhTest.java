package vcl.sim.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FastTanhTest {

    @Test
    void agreesWithTheLibraryTanhToFourTenMillionthsOverTheWholeLine() {
        double worst = 0;
        for (int i = -2_000_000; i <= 2_000_000; i++) {
            float u = i * 1e-5f;
            double exact = Math.tanh(u);
            float approx = FastTanh.tanh(u);
            worst = Math.max(worst, Math.abs(approx - exact));
            assertTrue(Math.abs(approx) <= 1f, "|tanh| <= 1 at " + u);
            assertEquals(-approx, FastTanh.tanh(-u), 0.0, "odd at " + u);
        }
        assertTrue(worst < 5e-7, "max abs error " + worst);
        for (float u : new float[] {9f, 9.5f, 30f, 1e6f, Float.MAX_VALUE}) {
            assertEquals(1f, FastTanh.tanh(u), 0f);
            assertEquals(-1f, FastTanh.tanh(-u), 0f);
        }
    }

    @Test
    void relativeErrorIsSmallNearZero() {
        for (float u = 1e-7f; u < 1e-1f; u *= 1.7f) {
            double exact = Math.tanh(u);
            assertEquals(exact, FastTanh.tanh(u), 5e-7 * exact, "at " + u);
        }
    }

    @Test
    void meanAndVarianceFillsBothArrays() {
        float[] theta = {-2f, -0.1f, 0f, 0.3f, 4f};
        float[] mu = new float[5];
        float[] sigma = new float[5];
        FastTanh.meanAndVariance(theta, 1.5f, mu, sigma);
        for (int i = 0; i < 5; i++) {
            double m = Math.tanh(1.5 * theta[i]);
            assertEquals(m, mu[i], 5e-7);
            assertEquals(1 - m * m, sigma[i], 1e-6);
        }
    }
}
