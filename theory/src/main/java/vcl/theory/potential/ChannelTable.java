package vcl.theory.potential;

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
    private static final double[] DENOMINATORS = {-120, 24, -12, 12, -24, 120};

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
        double c = Math.sqrt(qStar - q);
        double s = Math.sqrt(1 - qStar);
        double spacing = s / (8 * (1 + Math.sqrt(beta)));
        double lo = lower - 3 * spacing;
        int n = Math.max(6, (int) Math.ceil((upper - lower) / spacing) + 7);
        double[][] values = new double[n][];
        for (int k = 0; k < n; k++) {
            values[k] = direct(beta, lo + k * spacing, c, s, settings);
        }
        return new ChannelTable(beta, c, s, settings, lo, spacing, values);
    }

    /** The five functions at h, written to {@code out}. */
    void at(double h, double[] out) {
        double t = (h - lower) / spacing;
        // the range test on t itself: a huge field must not wrap the integer index
        if (!(t >= 2 && t < values.length - 3)) {
            double[] v = direct(beta, h, c, s, settings);
            System.arraycopy(v, 0, out, 0, FUNCTIONS);
            return;
        }
        int k0 = (int) Math.floor(t) - 2;
        double x = t - k0;
        double x0 = x;
        double x1 = x - 1;
        double x2 = x - 2;
        double x3 = x - 3;
        double x4 = x - 4;
        double x5 = x - 5;
        double l0 = x1 * x2 * x3 * x4 * x5 / DENOMINATORS[0];
        double l1 = x0 * x2 * x3 * x4 * x5 / DENOMINATORS[1];
        double l2 = x0 * x1 * x3 * x4 * x5 / DENOMINATORS[2];
        double l3 = x0 * x1 * x2 * x4 * x5 / DENOMINATORS[3];
        double l4 = x0 * x1 * x2 * x3 * x5 / DENOMINATORS[4];
        double l5 = x0 * x1 * x2 * x3 * x4 / DENOMINATORS[5];
        double[] v0 = values[k0];
        double[] v1 = values[k0 + 1];
        double[] v2 = values[k0 + 2];
        double[] v3 = values[k0 + 3];
        double[] v4 = values[k0 + 4];
        double[] v5 = values[k0 + 5];
        for (int f = 0; f < FUNCTIONS; f++) {
            out[f] = l0 * v0[f] + l1 * v1[f] + l2 * v2[f] + l3 * v3[f] + l4 * v4[f] + l5 * v5[f];
        }
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
