package vcl.sim.perceptron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GaussianTailTest {

    /** Asymptotic series of log H(t) for large t: −t²/2 − log(t√(2π)) + log(1 − 1/t² + 3/t⁴ − 15/t⁶). */
    private static double logHAsymptotic(double t) {
        double u = 1 / (t * t);
        return -0.5 * t * t - Math.log(t * Math.sqrt(2 * Math.PI)) + Math.log1p(-u + 3 * u * u - 15 * u * u * u);
    }

    @Test
    void logHReferenceValues() {
        assertEquals(Math.log(0.5), GaussianTail.logH(0), 1e-15);
        // H(1) = 0.15865525393145705, H(-2) = 0.9772498680518208
        assertEquals(Math.log(0.15865525393145705), GaussianTail.logH(1), 1e-14);
        assertEquals(Math.log(0.9772498680518208), GaussianTail.logH(-2), 1e-15);
        for (double t : new double[] {40, 100, 1e4}) {
            assertEquals(1, GaussianTail.logH(t) / logHAsymptotic(t), 1e-12, "t=" + t);
        }
        assertEquals(0, GaussianTail.logH(-40), 1e-300);
        assertTrue(Double.isFinite(GaussianTail.logH(1e10)));
    }

    @Test
    void millsRatioIsFiniteAndAsymptotic() {
        // R(0) = 2 φ(0) = √(2/π)
        assertEquals(Math.sqrt(2 / Math.PI), GaussianTail.millsRatio(0), 1e-15);
        for (double t : new double[] {40, 1e3, 1e8}) {
            double u = 1 / (t * t);
            // R(t) = t / (1 − 1/t² + 3/t⁴ − 15/t⁶ + 105/t⁸ − 945/t¹⁰ + ...), truncation < 1e-15 at t ≥ 40
            double series = 1 - u * (1 - 3 * u * (1 - 5 * u * (1 - 7 * u * (1 - 9 * u))));
            assertEquals(t / series, GaussianTail.millsRatio(t), 1e-13 * t);
        }
        assertEquals(0, GaussianTail.millsRatio(-50), 1e-300);
        assertTrue(GaussianTail.millsRatio(-1e10) >= 0);
    }
}
