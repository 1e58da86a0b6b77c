package vcl.theory.potential;

import java.util.stream.IntStream;
import vcl.theory.replica.QuadratureSettings;

/**
 * The constrained replica's inner average as a function of its common field h, tabulated for the
 * joint energetic term: with {@code K(h) = ∫Dy H(−(h + c y)/s)^β}, {@code c = √(q* − q)},
 * {@code s = √(1 − q*)}, M the Mills ratio and ⟨·⟩ the tilted average ({@link TiltedRule}),
 * <pre>
 *   L   = log K,                 L'  = β⟨M⟩/s,
 *   L'' = (β/s²)[(β − 1)⟨M²⟩ + ⟨M u⟩ − β⟨M⟩²],
 *   L_q = β[(1 − β)⟨M²⟩ − ⟨M u⟩]/(2s²)   (∂/∂q at fixed h),
 *   L_q* = β(β − 1)⟨M²⟩/(2s²)             (∂/∂q* at fixed h).
 * </pre>
 * Values on a uniform grid of spacing {@code s/(8(1 + √β))} (the edge of K has width about
 * {@code s/√β}) and six-point Lagrange interpolation between them (error of order spacing⁶ times
 * the sixth derivative; the tests compare with direct evaluation). Outside the grid a value is
 * computed directly. Immutable.
 */
final class ChannelTable {

    /** Number of tabulated functions: L, L', L'', L_q, L_q*. */
    static final int FUNCTIONS = 5;

    private final double beta;
    private final double c;
    private final double s;
    private final QuadratureSettings settings;
    private final double lower;
    private final double spacing;
    private final double[][] values;

    private ChannelTable(double beta, double c, double s, QuadratureSettings settings, double lower, double spacing,
            double[][] values) {
        this.beta = beta;
        this.c = c;
        this.s = s;
        this.settings = settings;
        this.lower = lower;
        this.spacing = spacing;
        this.values = values;
    }

    /** The table at (q, q*) covering fields in [lower, upper]. */
    static ChannelTable of(double beta, double q, double qStar, double lower, double upper,
            QuadratureSettings settings) {
        return of(beta, q, qStar, lower, upper, settings, false);
    }

    /** As {@link #of(double, double, double, double, double, QuadratureSettings)}, the rows computed in parallel or not. */
    static ChannelTable of(double beta, double q, double qStar, double lower, double upper,
            QuadratureSettings settings, boolean parallel) {
        double c = Math.sqrt(qStar - q);
        double s = Math.sqrt(1 - qStar);
        double spacing = s / (8 * (1 + Math.sqrt(beta)));
        double lo = lower - 3 * spacing;
        int n = Math.max(6, (int) Math.ceil((upper - lower) / spacing) + 7);
        double[][] values = new double[n][];
        IntStream range = IntStream.range(0, n);
        (parallel ? range.parallel() : range).forEach(k -> values[k] = direct(beta, lo + k * spacing, c, s, settings));
        return new ChannelTable(beta, c, s, settings, lo, spacing, values);
    }

    /** The five functions at h, written to {@code out}. */
    void at(double h, double[] out) {
        if (!SixPointLagrange.interpolate(values, (h - lower) / spacing, FUNCTIONS, out)) {
            double[] v = direct(beta, h, c, s, settings);
            System.arraycopy(v, 0, out, 0, FUNCTIONS);
        }
    }

    /**
     * L'(h) alone, as {@link #at} gives it (only L and L' interpolated, into {@code scratch} of
     * length ≥ 2).
     */
    double slope(double h, double[] scratch) {
        if (!SixPointLagrange.interpolate(values, (h - lower) / spacing, 2, scratch)) {
            return direct(beta, h, c, s, settings)[1];
        }
        return scratch[1];
    }

    /** The five functions at h by the tilted rule itself (no interpolation). */
    static double[] direct(double beta, double h, double c, double s, QuadratureSettings settings) {
        TiltedRule rule = TiltedRule.of(beta, h, c, s, settings);
        double m1 = 0;
        double m2 = 0;
        double mu = 0;
        for (int i = 0; i < rule.size(); i++) {
            double w = rule.weight[i];
            double m = rule.mills[i];
            m1 += w * m;
            m2 += w * m * m;
            mu += w * m * rule.u[i];
        }
        double s2 = s * s;
        return new double[] {rule.logK, beta * m1 / s, beta / s2 * ((beta - 1) * m2 + mu - beta * m1 * m1),
            beta * ((1 - beta) * m2 - mu) / (2 * s2), beta * (beta - 1) * m2 / (2 * s2)};
    }
}
