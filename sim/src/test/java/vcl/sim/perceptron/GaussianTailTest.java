package vcl.sim.perceptron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * sim's own Gaussian tail (independent of theory's) against the same 760-digit reference values
 * theory is tested with ({@code gaussian-tail-reference.csv}, one file shared as a test resource, no
 * code shared), on the whole grid t ∈ [−40, 40]: the loss evaluates it at t = −y μ/√S of either sign.
 * <p>
 * Error budget (measured worst in brackets):
 * <ul>
 * <li>log H, t &gt; 0: 4e-16 relative (1.9e-16): one erfcx, one log;</li>
 * <li>log H, t ≤ 0: 2⁻⁵² absolute (1.4e-16): log of ½ erfc, with H ∈ [½, 1] rounded to a double, so
 * where H is within an ulp of 1 (t below about −8) the result is 0 and not the tiny −H(−t) theory's
 * log1p form keeps; absolute is what a sum of losses sees;</li>
 * <li>Mills ratio, t ≥ 0: 5e-16 relative (4.0e-16);</li>
 * <li>Mills ratio, t &lt; 0: (1 + t²) 2⁻⁵² relative (0.85 of it): erfcx(x) grows like 2 e^{x²} there and
 * the rounding of x² = t²/2 is amplified by the exponential; where the reference is subnormal
 * (t below about −37.5) it is compared absolutely, to 1e-300.</li>
 * </ul>
 */
class GaussianTailTest {

    private static final double ULP_OF_ONE = Math.ulp(1.0);

    @ParameterizedTest(name = "t = {1}")
    @CsvFileSource(resources = "/gaussian-tail-reference.csv", numLinesToSkip = 1)
    void logHAndMillsRatioMatchTheSharedHighPrecisionReference(int k, double t, double refLogH, double refMills) {
        double logH = GaussianTail.logH(t);
        if (t > 0) {
            assertEquals(refLogH, logH, 4e-16 * Math.abs(refLogH), "log H(" + t + ")");
        } else {
            assertEquals(refLogH, logH, ULP_OF_ONE, "log H(" + t + ")");
        }
        double mills = GaussianTail.millsRatio(t);
        if (refMills < Double.MIN_NORMAL) {
            assertEquals(refMills, mills, 1e-300, "M(" + t + ")");
        } else if (t >= 0) {
            assertEquals(refMills, mills, 5e-16 * refMills, "M(" + t + ")");
        } else {
            assertEquals(refMills, mills, (1 + t * t) * ULP_OF_ONE * refMills, "M(" + t + ")");
        }
    }

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
