package vcl.theory.numerics;

import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.Erfcx;

/**
 * The Gaussian tail {@code H(t) = ∫_t^∞ Dz = ½ erfc(t/√2)}, its logarithm and the ratio
 * {@code M(t) = −H'(t)/H(t) = G(t)/H(t)} (inverse Mills ratio), {@code G(t) = e^{−t²/2}/√(2π)}.
 *
 * <p>Formulas, chosen so that no intermediate under- or overflows:
 * <ul>
 *   <li>{@code t > 0}: {@code log H(t) = log(½ erfcx(t/√2)) − t²/2} (finite for any finite t),
 *       {@code M(t) = √(2/π) / erfcx(t/√2)} (≈ t + 1/t for large t);</li>
 *   <li>{@code t ≤ 0}: {@code log H(t) = log1p(−H(−t))} (no cancellation since
 *       {@code H(t) ≥ ½}), {@code M(t) = G(t)/H(t)} (underflows gracefully to 0 below −38).</li>
 * </ul>
 * Accuracy: a few ulp relative for log H (away from its zero crossing, where the relative error
 * of {@code log H ≈ −H(−t)} is that of erfc), a few ulp relative for M, for all finite t;
 * checked against high-precision values in the tests.
 */
public final class GaussianTail {

    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double SQRT_2_OVER_PI = Math.sqrt(2.0 / Math.PI);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);

    private GaussianTail() {
    }

    /** {@code H(t) = ½ erfc(t/√2)}. */
    public static double value(double t) {
        return t > 0 ? upperTail(t) : 1.0 - upperTail(-t);
    }

    /**
     * H(t) for t ≥ 0. Beyond t = 1 as {@code ½ erfcx(t/√2) e^{−t²/2}} with the exponent split
     * exactly: {@code erfc(t/√2)} directly would inherit the condition number t² of the rounded
     * argument t/√2 (1e-13 relative at t = 36).
     */
    private static double upperTail(double t) {
        if (t < 1) {
            return 0.5 * Erfc.value(t / SQRT2);
        }
        double hi = t * t;
        double lo = Math.fma(t, t, -hi);
        return 0.5 * Erfcx.value(t / SQRT2) * Math.exp(-0.5 * hi) * (1 - 0.5 * lo);
    }

    /** {@code log H(t)}, finite for every finite t (≈ −t²/2 − log(t√(2π)) for large t). */
    public static double logH(double t) {
        if (t > 0) {
            return Math.log(0.5 * Erfcx.value(t / SQRT2)) - 0.5 * t * t;
        }
        return Math.log1p(-upperTail(-t));
    }

    /** The inverse Mills ratio {@code M(t) = −H'(t)/H(t) = √(2/π)/erfcx(t/√2)}, finite for all t. */
    public static double mills(double t) {
        if (t > -1.0) {
            return SQRT_2_OVER_PI / Erfcx.value(t / SQRT2);
        }
        return density(t) / (1.0 - upperTail(-t));
    }

    /**
     * The standard normal density {@code G(t)}, to a few ulp for all t: {@code t²} is split exactly
     * into {@code hi + lo} (fma), so that {@code e^{−hi/2}} has an exact argument.
     */
    public static double density(double t) {
        double hi = t * t;
        double lo = Math.fma(t, t, -hi);
        return Math.exp(-0.5 * hi) * (1 - 0.5 * lo) * INV_SQRT_2PI;
    }

    /**
     * {@code log H(t)} and {@code M(t)} from one special-function call, written into
     * {@code out[0]} and {@code out[1]} (hot loops of the energetic term need both).
     */
    public static void logHAndMills(double t, double[] out) {
        if (t > 0) {
            double e = Erfcx.value(t / SQRT2);
            out[0] = Math.log(0.5 * e) - 0.5 * t * t;
            out[1] = SQRT_2_OVER_PI / e;
        } else {
            double tail = upperTail(-t);
            out[0] = Math.log1p(-tail);
            out[1] = density(t) / (1.0 - tail);
        }
    }
}
