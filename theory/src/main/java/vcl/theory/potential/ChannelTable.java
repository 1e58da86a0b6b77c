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
 * computed directly; a table may compute only the rows where its fields are read (the same values
 * there). Immutable.
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
    /** The computed rows are first..last (inclusive); the others are null. */
    private final int first;
    private final int last;

    private ChannelTable(double beta, double c, double s, QuadratureSettings settings, double lower, double spacing,
            double[][] values, int first, int last) {
        this.beta = beta;
        this.c = c;
        this.s = s;
        this.settings = settings;
        this.lower = lower;
        this.spacing = spacing;
        this.values = values;
        this.first = first;
        this.last = last;
    }

    /** The table at (q, q*) covering fields in [lower, upper]. */
    static ChannelTable of(double beta, double q, double qStar, double lower, double upper,
            QuadratureSettings settings) {
        return of(beta, q, qStar, lower, upper, settings, false);
    }

    /** As {@link #of(double, double, double, double, double, QuadratureSettings)}, the rows computed in parallel or not. */
    static ChannelTable of(double beta, double q, double qStar, double lower, double upper,
            QuadratureSettings settings, boolean parallel) {
        return of(beta, q, qStar, lower, upper, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, settings, parallel);
    }

    /**
     * The table whose rows are those of {@link #of(double, double, double, double, double, QuadratureSettings)}
     * over [lower, upper] (the same fields, so the same values), but computed only where fields in
     * [fillLower, fillUpper] need them (three rows beyond on each side); a field elsewhere is
     * computed directly, as outside the range.
     */
    static ChannelTable of(double beta, double q, double qStar, double lower, double upper, double fillLower,
            double fillUpper, QuadratureSettings settings, boolean parallel) {
        double c = Math.sqrt(qStar - q);
        double s = Math.sqrt(1 - qStar);
        double spacing = s / (8 * (1 + Math.sqrt(beta)));
        double lo = lower - 3 * spacing;
        int n = Math.max(6, (int) Math.ceil((upper - lower) / spacing) + 7);
        int from = (int) Math.max(0, Math.min(n, Math.floor((fillLower - lo) / spacing) - 3));
        int to = (int) Math.max(-1, Math.min(n - 1, Math.ceil((fillUpper - lo) / spacing) + 3));
        double[][] values = new double[n][];
        IntStream range = IntStream.rangeClosed(from, to);
        (parallel ? range.parallel() : range).forEach(k -> values[k] = direct(beta, lo + k * spacing, c, s, settings));
        return new ChannelTable(beta, c, s, settings, lo, spacing, values, from, to);
    }

    /** The five functions at h, written to {@code out}. */
    void at(double h, double[] out) {
        if (!interpolate((h - lower) / spacing, FUNCTIONS, out)) {
            double[] v = direct(beta, h, c, s, settings);
            System.arraycopy(v, 0, out, 0, FUNCTIONS);
        }
    }

    /**
     * L'(h) alone, as {@link #at} gives it (only L and L' interpolated, into {@code scratch} of
     * length ≥ 2).
     */
    double slope(double h, double[] scratch) {
        if (!interpolate((h - lower) / spacing, 2, scratch)) {
            return direct(beta, h, c, s, settings)[1];
        }
        return scratch[1];
    }

    /** Six-point interpolation at table position t where its six rows have been computed. */
    private boolean interpolate(double t, int functions, double[] out) {
        return t >= first + 2 && t < last - 2 && SixPointLagrange.interpolate(values, t, functions, out);
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
