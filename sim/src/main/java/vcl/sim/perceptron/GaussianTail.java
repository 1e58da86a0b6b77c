package vcl.sim.perceptron;

import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.Erfcx;

/**
 * The Gaussian tail {@code H(t) = ∫_t^∞ Dz = ½ erfc(t/√2)} in the two forms the loss needs,
 * both finite for every real t.
 */
public final class GaussianTail {

    private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
    private static final double INV_SQRT_2 = 1 / Math.sqrt(2);
    private static final double LOG_HALF = Math.log(0.5);

    private GaussianTail() {
    }

    /**
     * {@code log H(t)}. For t > 0 it is {@code log(½ erfcx(t/√2)) − t²/2}, which does not underflow
     * (H itself underflows beyond t ≈ 38); for t ≤ 0, H ∈ [½, 1] and {@code log(½ erfc(t/√2))}
     * is accurate.
     */
    public static double logH(double t) {
        if (t > 0) {
            return LOG_HALF + Math.log(Erfcx.value(t * INV_SQRT_2)) - 0.5 * t * t;
        }
        return LOG_HALF + Math.log(Erfc.value(t * INV_SQRT_2));
    }

    /**
     * The inverse Mills ratio {@code −H'(t)/H(t) = √(2/π) / erfcx(t/√2)}: about t for large t,
     * tending to 0 (through underflow of the ratio, never NaN) for t → −∞.
     */
    public static double millsRatio(double t) {
        return SQRT_2_OVER_PI / Erfcx.value(t * INV_SQRT_2);
    }
}
