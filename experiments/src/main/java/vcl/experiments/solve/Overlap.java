package vcl.experiments.solve;

/**
 * An overlap as printed: clipped into [−1, 1], as the generalization error reads it (a quadrature
 * may overshoot ±1 by rounding); NaN stays NaN.
 */
final class Overlap {

    private Overlap() {
    }

    static double clipped(double p) {
        return Math.max(-1, Math.min(1, p));
    }
}
