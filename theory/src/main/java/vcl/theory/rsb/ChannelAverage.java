package vcl.theory.rsb;

import vcl.theory.numerics.GaussLegendre;
import vcl.theory.replica.InnerAverage;
import vcl.theory.replica.QuadratureSettings;

/**
 * The channel's innermost average, {@code K1(y) = ∫Dξ H(u)^β}, {@code u = −(y + c ξ)/s},
 * {@code c = √(q* − q1)}, {@code s = √(1 − q*)}, and the functions of y the 1RSB terms need, with M
 * the Mills ratio and ⟨·⟩ the tilted average under {@code Dξ H(u)^β / K1}:
 * <pre>
 *   L = log K1,   g = ∂_y L = β⟨M⟩/s,   g' = ∂²_y L = (β/s²)[(β − 1)⟨M²⟩ + ⟨M u⟩ − β⟨M⟩²],
 *   L_q* = ∂L/∂q* (y fixed) = β(β − 1)⟨M²⟩/(2s²),   ∂L/∂q1 (y fixed) = −(g' + g²)/2.
 * </pre>
 * The ξ integral is the replica-symmetric term's ({@link InnerAverage}: Gauss-Legendre panels from
 * the mode of the concave log-integrand, the tail where H(u) = 1 in closed form) with 10-point
 * panels at most 0.5 wide, a change of at most 4 across one, and a drop of 40. Not thread-safe.
 */
final class ChannelAverage {

    /** Panel order 10, widest panel 0.5, log drop 40, largest change across a panel 4. */
    private static final QuadratureSettings SETTINGS = new QuadratureSettings(10, 0.5, 8.5, 40, 4);
    private final double beta;
    private final double c;
    private final double s;
    private final InnerAverage inner;

    /** L, g, g', L_q* after {@link #evaluate}. */
    double logK;
    double g;
    double g1;
    double lqs;

    ChannelAverage(double beta, double c, double s) {
        this.beta = beta;
        this.c = c;
        this.s = s;
        this.inner = new InnerAverage(beta, GaussLegendre.rule(SETTINGS.panelOrder()), SETTINGS);
    }

    /** Evaluates the functions at y. */
    void evaluate(double y) {
        inner.evaluate(y, c, s);
        logK = inner.logK();
        double meanM = inner.meanM();
        double meanM2 = inner.meanM2();
        g = beta * meanM / s;
        g1 = beta / (s * s) * ((beta - 1) * meanM2 + inner.meanMu() - beta * meanM * meanM);
        lqs = beta * (beta - 1) * meanM2 / (2 * s * s);
    }

    /** {@code {L, g, g', L_q*}} at y into out (the first four slots). */
    void values(double y, double[] out) {
        evaluate(y);
        out[0] = logK;
        out[1] = g;
        out[2] = g1;
        out[3] = lqs;
    }
}
