package vcl.sim.perceptron;

/**
 * A fast inverse Mills ratio {@code R(t) = φ(t)/H(t)} for the gradient of the loss, accurate to about
 * 1e-15 relative: the same function as {@link GaussianTail#millsRatio}, without a library call per
 * example.
 *
 * <p>For −9 &lt; t &lt; 16, R is summed from its Taylor series about the nearest of the midpoints
 * {@code t_k = ±(k + ½)/16} ({@code |t − t_k| ≤ 1/32}). The coefficients are computed once from
 * {@code R(t_k)} (for t_k &lt; 0 from {@code R(−t_k)} and φ(t_k) by the symmetry {@code H(t) = 1 − H(−t)})
 * and the differential equation {@code R' = R (R − t)}: with {@code U = R − t}, the
 * series of {@code R' = R U} gives each coefficient from the lower ones. The nearest singularities of
 * R are the zeros of H in the complex plane, the first at {@code t ≈ −1.92 ± 2.82i}, at least 2.8 from
 * every real t; for t ≥ 0 (where R ≈ t + 1/t is mild) the series is cut after degree 9, for t &lt; 0,
 * where R falls like {@code φ(t)} and its n-th coefficient grows like {@code |t|^n/n!}, after degree
 * 13 ({@code (9/32)^14/14! ≈ 2e-19}).
 *
 * <p>At and below t = −9, {@code R(t) = φ(t)/(1 − H(−t))} is φ(t) to {@code H(9) ≈ 1.1e-19}
 * relative; φ(t) is taken with the rounding error of t² corrected (one fused multiply-add), which
 * would otherwise be amplified to t²/2 ulp; below t = −39 it is 0. For t ≥ 16 the library form is
 * used.
 */
public final class InverseMillsRatio {

    /** Table points per unit of t. */
    private static final int PER_UNIT = 16;
    /** End of the table: R(t) for t ≥ T_MAX is taken from {@link GaussianTail#millsRatio}. */
    private static final double T_MAX = 16;
    /** At and below this t, R(t) is φ(t) in double precision. */
    private static final double T_PHI = -9;
    /** Below this t, φ(t) and R(t) are 0 in double precision. */
    private static final double T_ZERO = -39;
    /** Taylor coefficients per point for t ≥ 0 (degree 9) and t &lt; 0 (degree 13). */
    private static final int POSITIVE_TERMS = 10;
    private static final int NEGATIVE_TERMS = 14;
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    private static final double[] POSITIVE = coefficients((int) (T_MAX * PER_UNIT), POSITIVE_TERMS, 1);
    private static final double[] NEGATIVE = coefficients((int) (-T_PHI * PER_UNIT), NEGATIVE_TERMS, -1);

    private InverseMillsRatio() {
    }

    /** {@code R(t) = φ(t)/H(t)}: about t for large t, 0 for t below about −38.5. */
    public static double value(double t) {
        if (t >= 0) {
            return t < T_MAX ? series(POSITIVE, POSITIVE_TERMS, t * PER_UNIT) : GaussianTail.millsRatio(t);
        }
        if (t > T_PHI) {
            return series(NEGATIVE, NEGATIVE_TERMS, -t * PER_UNIT);
        }
        if (t < T_ZERO) {
            return 0;
        }
        double tt = t * t;
        return INV_SQRT_2PI * Math.exp(-0.5 * tt) * (1 - 0.5 * Math.fma(t, t, -tt));
    }

    /**
     * The series of {@code table} about the midpoint of cell {@code ⌊x⌋}, at {@code x = |t|·PER_UNIT}
     * ≥ 0 (the cells numbered away from 0 on either side).
     */
    private static double series(double[] table, int terms, double x) {
        int k = (int) x;
        double d = (x - k - 0.5) * (1.0 / PER_UNIT);
        int o = k * terms;
        double s = table[o + terms - 1];
        for (int j = terms - 2; j >= 0; j--) {
            s = Math.fma(s, d, table[o + j]);
        }
        return s;
    }

    /**
     * R(t) for t &lt; 0 from R(−t) by {@code H(t) = 1 − H(−t)}: {@code φ(t) r / (r − φ(t))} with
     * {@code r = R(−t) > 2φ(t)} (no cancellation), where the library form would amplify the rounding
     * of t²/2 by e^{t²/2}. The midpoints t are exact binary fractions, so t² is exact.
     */
    private static double reflected(double t) {
        double phi = INV_SQRT_2PI * Math.exp(-0.5 * t * t);
        double r = GaussianTail.millsRatio(-t);
        return phi * r / (r - phi);
    }

    /**
     * Taylor coefficients {@code R^(n)(t_k)/n!} in {@code d = |t| − |t_k|} (so the odd ones change
     * sign on the negative side), cell-major, for {@code points} cells from 0 towards {@code sign·∞}.
     */
    private static double[] coefficients(int points, int terms, int sign) {
        double[] c = new double[points * terms];
        double[] g = new double[terms];
        double[] u = new double[terms];
        for (int k = 0; k < points; k++) {
            double tk = sign * (k + 0.5) / PER_UNIT;
            g[0] = sign > 0 ? GaussianTail.millsRatio(tk) : reflected(tk);
            u[0] = g[0] - tk;
            for (int n = 0; n + 1 < terms; n++) {
                // (n+1) g_{n+1} = Σ_j g_j u_{n−j}: the series of R' = R U
                double sum = 0;
                for (int j = 0; j <= n; j++) {
                    sum += g[j] * u[n - j];
                }
                g[n + 1] = sum / (n + 1);
                u[n + 1] = n == 0 ? g[1] - 1 : g[n + 1];
            }
            for (int n = 0; n < terms; n++) {
                c[k * terms + n] = n % 2 == 1 && sign < 0 ? -g[n] : g[n];
            }
        }
        return c;
    }
}
