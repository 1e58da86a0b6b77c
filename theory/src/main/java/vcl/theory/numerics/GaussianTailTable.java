package vcl.theory.numerics;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.numbers.gamma.Erfcx;

/**
 * Fast {@code log H(u)} and Mills ratio {@code M(u)} for the hot loops of the energetic term:
 * piecewise polynomials of degree 10 on intervals of width ¼, fitted once to {@link GaussianTail}
 * (Chebyshev coefficients from 64 samples per interval, truncated, which averages out the
 * reference's own rounding instead of interpolating it), stored in the monomial basis of the
 * interval's local variable {@code t ∈ [−1, 1)} and evaluated by Estrin's scheme, the two tables
 * side by side (several times faster than an erfcx, a log and a division; a dependency chain of four
 * fused multiply-adds where degree 16 on unit intervals by Clenshaw's recurrence had sixteen). Below u = −10 both are
 * returned as 0 (their magnitudes are below 1e-22); from u = 32 on, the asymptotic series (below).
 *
 * <ul>
 *   <li>{@code −3 ≤ u < 32}: tables of {@code log H(u) + max(u,0)²/2} (smooth on both sides of the
 *       kink of the subtracted term, which sits at an interval end) and of {@code M(u)};</li>
 *   <li>{@code −10 < u < −3}: with {@code x = H(−u) = S(−u) e^{−u²/2}}, {@code S(v) = e^{v²/2}H(v)
 *       = ½ erfcx(v/√2)} tabulated, {@code log H(u) = log1p(−x)} by its six-term series
 *       ({@code x ≤ H(3) = 1.35e-3}; Java's log1p is slow) and {@code M(u) = G(u)/(1 − x)}; the
 *       exponent is split exactly (fma) as in {@link GaussianTail#density}. Tabulating M itself
 *       there would lose relative accuracy, M falling by orders of magnitude across the range.</li>
 *   <li>{@code u ≥ 32}: {@code H(u) = φ(u) S(u)/u} with the alternating asymptotic series
 *       {@code S = Σ_{k=0}^{8} (−1)^k (2k−1)!! u^{−2k}}, whose error is below the first omitted term,
 *       {@code 17!!/u^18 < 5e-20}; so {@code M = u/S} and
 *       {@code log H = −u²/2 − log(u√(2π)) + log S} (one log instead of an erfcx, a log and a
 *       division; the energetic term of task 2 lives there when {@code 1 − q*} is small).</li>
 * </ul>
 * The functions are analytic in a strip of half-width ≈ 2.6 about the real axis (the nearest zeros
 * of H), so degree 10 on half-width ⅛ converges far below rounding (ρ ≈ 40, ρ^{−11} ≈ 1e-18); the
 * tests bound the error against GaussianTail and against 760-digit references to a few ulp.
 * Immutable and thread-safe.
 */
public final class GaussianTailTable {

    private static final int LO = -3;
    private static final int HI = 32;
    /**
     * At and below this u, H(−u) < 8e-24: {@link #logHAndMills} returns exactly 0 for both log H and M
     * (their values to working precision).
     */
    public static final int FLAT = -10;
    private static final int DEGREE = 10;
    /** Intervals per unit of u. */
    private static final int PER_UNIT = 4;
    private static final int N = DEGREE + 1;
    /** Samples per interval of the fit (the Chebyshev coefficients are their discrete cosine transform). */
    private static final int SAMPLES = 64;
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double INV_SQRT2 = 1 / Math.sqrt(2);
    /** (−1)^k (2k−1)!!, k = 0..8: the asymptotic series of {@code u e^{u²/2} √(2π) H(u)} in 1/u². */
    private static final double[] ASYMPTOTIC = {1, -1, 3, -15, 105, -945, 10395, -135135, 2027025};
    /**
     * Interval k (covering [LO + k/PER_UNIT, LO + (k+1)/PER_UNIT)) at [2kN, 2(k+1)N): the N monomial
     * coefficients of log H + max(u,0)²/2, then those of M.
     */
    private static final double[] PAIR = new double[(HI - LO) * PER_UNIT * 2 * N];
    /** S(v) = e^{v²/2} H(v) on [−LO, −FLAT) = [3, 10): interval k covers [3 + k/PER_UNIT, 3 + (k+1)/PER_UNIT). */
    private static final double[] SCALED_TAIL = new double[(-FLAT + LO) * PER_UNIT * N];

    static {
        double[] tmp = new double[2];
        double[] logH = fit(LO, HI, u -> {
            GaussianTail.logHAndMills(u, tmp);
            return tmp[0] + (u > 0 ? 0.5 * u * u : 0);
        });
        double[] mills = fit(LO, HI, GaussianTail::mills);
        for (int k = 0; k < (HI - LO) * PER_UNIT; k++) {
            System.arraycopy(logH, k * N, PAIR, 2 * k * N, N);
            System.arraycopy(mills, k * N, PAIR, 2 * k * N + N, N);
        }
        double[] scaled = fit(-LO, -FLAT, v -> 0.5 * Erfcx.value(v * INV_SQRT2));
        System.arraycopy(scaled, 0, SCALED_TAIL, 0, SCALED_TAIL.length);
    }

    private GaussianTailTable() {
    }

    /**
     * {@code log H(u)} into {@code out[0]} and {@code M(u)} into {@code out[1]}. (Small, so that the
     * compiler inlines it and the table branch into the hot loops; the rest is a call.)
     */
    public static void logHAndMills(double u, double[] out) {
        if (u >= LO && u < HI) {
            tabulated(u, out);
        } else if (u <= FLAT) {
            // |log H(u)| = H(−u) < 8e-24 and M(u) < 8e-23: both are their limit 0 to far below rounding
            // of anything they are added to (the tilted weights are exp(β log H) with β ≤ 1e3)
            out[0] = 0;
            out[1] = 0;
        } else {
            outside(u, out);
        }
    }

    private static void tabulated(double u, double[] out) {
        double x = (u - LO) * PER_UNIT;
        int k = (int) x;
        double t = 2 * (x - k) - 1;
        int base = 2 * k * N;
        double t2 = t * t;
        double t4 = t2 * t2;
        double t8 = t4 * t4;
        double l = estrin(PAIR, base, t, t2, t4, t8);
        out[0] = u > 0 ? l - 0.5 * u * u : l;
        out[1] = estrin(PAIR, base + N, t, t2, t4, t8);
    }

    /** Outside the main table and the flat region: the scaled tail, the asymptotic series (or NaN). */
    private static void outside(double u, double[] out) {
        if (u < LO && u > FLAT) {
            double xv = (-u + LO) * PER_UNIT;
            int k = (int) xv;
            double t = 2 * (xv - k) - 1;
            double t2 = t * t;
            double t4 = t2 * t2;
            double scaled = estrin(SCALED_TAIL, k * N, t, t2, t4, t4 * t4);
            double hi = u * u;
            double lo = Math.fma(u, u, -hi);
            double gauss = Math.exp(-0.5 * hi) * (1 - 0.5 * lo);
            double x = scaled * gauss;
            // log1p(−x) by its series: x ≤ H(3) = 1.35e-3, so the omitted x⁷/7 is below 1e-17·x
            out[0] = -x * (1 + x * (1.0 / 2 + x * (1.0 / 3 + x * (1.0 / 4 + x * (1.0 / 5 + x * (1.0 / 6))))));
            out[1] = gauss * INV_SQRT_2PI / (1 - x);
        } else if (u >= HI) {
            double x = 1 / (u * u);
            double series = ASYMPTOTIC[8];
            for (int k = 7; k >= 0; k--) {
                series = Math.fma(series, x, ASYMPTOTIC[k]);
            }
            out[0] = -0.5 * u * u - Math.log(u) - LOG_SQRT_2PI + Math.log(series);
            out[1] = u / series;
        } else {
            GaussianTail.logHAndMills(u, out);
        }
    }

    /**
     * {@code Σ_{i=0}^{10} c[base + i] t^i} (DEGREE = 10) by Estrin's scheme (pairs, then pairs of
     * pairs: a dependency chain of four fused multiply-adds instead of Horner's ten), given t², t⁴, t⁸.
     */
    private static double estrin(double[] c, int base, double t, double t2, double t4, double t8) {
        double p01 = Math.fma(c[base + 1], t, c[base]);
        double p23 = Math.fma(c[base + 3], t, c[base + 2]);
        double p45 = Math.fma(c[base + 5], t, c[base + 4]);
        double p67 = Math.fma(c[base + 7], t, c[base + 6]);
        double p89 = Math.fma(c[base + 9], t, c[base + 8]);
        double p0123 = Math.fma(p23, t2, p01);
        double p4567 = Math.fma(p67, t2, p45);
        double p8910 = Math.fma(c[base + 10], t2, p89);
        return Math.fma(p8910, t8, Math.fma(p4567, t4, p0123));
    }

    /**
     * Monomial coefficients (local variable {@code t ∈ [−1, 1)} of each interval) of f on
     * {@code [from, to)}: the Chebyshev series of degree DEGREE from SAMPLES Chebyshev points,
     * then converted with the recurrence {@code T_{n+1} = 2t T_n − T_{n−1}}.
     */
    private static double[] fit(int from, int to, DoubleUnaryOperator f) {
        int intervals = (to - from) * PER_UNIT;
        double[] coef = new double[intervals * N];
        double[][] cosine = new double[N][SAMPLES];
        double[] points = new double[SAMPLES];
        for (int j = 0; j < SAMPLES; j++) {
            points[j] = Math.cos(Math.PI * (j + 0.5) / SAMPLES);
            for (int i = 0; i < N; i++) {
                cosine[i][j] = Math.cos(Math.PI * i * (j + 0.5) / SAMPLES);
            }
        }
        double[][] monomial = chebyshevMonomials();
        double[] values = new double[SAMPLES];
        double[] cheb = new double[N];
        double h = 1.0 / PER_UNIT;
        for (int k = 0; k < intervals; k++) {
            for (int j = 0; j < SAMPLES; j++) {
                values[j] = f.applyAsDouble(from + k * h + 0.5 * h * (points[j] + 1));
            }
            for (int i = 0; i < N; i++) {
                double s = 0;
                for (int j = 0; j < SAMPLES; j++) {
                    s += values[j] * cosine[i][j];
                }
                cheb[i] = s * (i == 0 ? 1.0 : 2.0) / SAMPLES;
            }
            for (int m = 0; m < N; m++) {
                double s = 0;
                for (int n = N - 1; n >= m; n--) {
                    s += cheb[n] * monomial[n][m];
                }
                coef[k * N + m] = s;
            }
        }
        return coef;
    }

    /** {@code monomial[n][m]}: the coefficient of t^m in the Chebyshev polynomial T_n (integers, exact). */
    private static double[][] chebyshevMonomials() {
        double[][] c = new double[N][N];
        c[0][0] = 1;
        c[1][1] = 1;
        for (int n = 1; n + 1 < N; n++) {
            for (int m = 0; m < N; m++) {
                c[n + 1][m] = (m > 0 ? 2 * c[n][m - 1] : 0) - c[n - 1][m];
            }
        }
        return c;
    }
}
