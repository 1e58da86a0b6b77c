package vcl.theory.numerics;

/**
 * Fast {@code log H(u)} and Mills ratio {@code M(u)} for the hot loops of the energetic term:
 * piecewise Chebyshev expansions of degree 16 on unit intervals, fitted once to {@link GaussianTail}
 * at Chebyshev points and evaluated by Clenshaw's recurrence (several times faster than an erfcx, a
 * log and a division). Below u = −10 both are returned as 0 (their magnitudes are below 1e-22); from
 * u = 32 on, the asymptotic series (below).
 *
 * <ul>
 *   <li>{@code −3 ≤ u < 32}: tables of {@code log H(u) + max(u,0)²/2} (smooth on both sides of the
 *       kink of the subtracted term, which sits at an interval end) and of {@code M(u)};</li>
 *   <li>{@code −10 < u < −3}: with {@code x = H(−u) = S(−u) e^{−u²/2}}, {@code S(v) = e^{v²/2}H(v)}
 *       tabulated, {@code log H(u) = log1p(−x)} by its six-term series ({@code x ≤ H(3) = 1.35e-3};
 *       Java's log1p is slow) and
 *       {@code M(u) = G(u)/(1 − x)}; the exponent is split exactly (fma) as in
 *       {@link GaussianTail#density}. Tabulating M itself there would lose relative accuracy, M
 *       falling by orders of magnitude across an interval.</li>
 *   <li>{@code u ≥ 32}: {@code H(u) = φ(u) S(u)/u} with the alternating asymptotic series
 *       {@code S = Σ_{k=0}^{8} (−1)^k (2k−1)!! u^{−2k}}, whose error is below the first omitted term,
 *       {@code 17!!/u^18 < 5e-20}; so {@code M = u/S} and
 *       {@code log H = −u²/2 − log(u√(2π)) + log S} (one log instead of an erfcx, a log and a
 *       division; the energetic term of task 2 lives there when {@code 1 − q*} is small).</li>
 * </ul>
 * The functions are analytic in a strip of half-width ≈ 2.8 about the real axis (the nearest zeros
 * of H), so degree 16 on half-width ½ converges to rounding level; the tests bound the error
 * against GaussianTail to a few ulp. Immutable and thread-safe.
 */
public final class GaussianTailTable {

    private static final int LO = -3;
    private static final int HI = 32;
    /** Below this, H(−u) < 8e-24: log H and M are 0 to working precision (see logHAndMills). */
    private static final double FLAT = -10;
    private static final int DEGREE = 16;
    /** Intervals per unit of u. */
    private static final int PER_UNIT = 1;
    private static final int N = DEGREE + 1;
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    /** (−1)^k (2k−1)!!, k = 0..8: the asymptotic series of {@code u e^{u²/2} √(2π) H(u)} in 1/u². */
    private static final double[] ASYMPTOTIC = {1, -1, 3, -15, 105, -945, 10395, -135135, 2027025};
    /** coefficients; interval k (covering [LO + k, LO + k + 1)) at [k·N, (k+1)·N) */
    private static final double[] LOG_H = new double[(HI - LO) * PER_UNIT * N];
    private static final double[] MILLS = new double[(HI - LO) * PER_UNIT * N];
    /** S(v) = e^{v²/2} H(v) on [0, HI) */
    private static final double[] SCALED_TAIL = new double[HI * PER_UNIT * N];

    static {
        double[] tmp = new double[2];
        fit(LOG_H, LO, HI, u -> {
            GaussianTail.logHAndMills(u, tmp);
            return tmp[0] + (u > 0 ? 0.5 * u * u : 0);
        });
        fit(MILLS, LO, HI, GaussianTail::mills);
        fit(SCALED_TAIL, 0, HI, v -> Math.exp(GaussianTail.logH(v) + 0.5 * v * v));
    }

    private GaussianTailTable() {
    }

    /** {@code log H(u)} into {@code out[0]} and {@code M(u)} into {@code out[1]}. */
    public static void logHAndMills(double u, double[] out) {
        if (u >= LO && u < HI) {
            double x = (u - LO) * PER_UNIT;
            int k = (int) x;
            clenshawPair(k * N, 2 * (x - k) - 1, out);
            if (u > 0) {
                out[0] -= 0.5 * u * u;
            }
        } else if (u < LO && u > FLAT) {
            double v = -u;
            double xv = v * PER_UNIT;
            int k = (int) xv;
            double hi = u * u;
            double lo = Math.fma(u, u, -hi);
            double gauss = Math.exp(-0.5 * hi) * (1 - 0.5 * lo);
            double x = clenshaw(SCALED_TAIL, k * N, 2 * (xv - k) - 1) * gauss;
            // log1p(−x) by its series: x ≤ H(3) = 1.35e-3, so the omitted x⁷/7 is below 1e-17·x
            out[0] = -x * (1 + x * (1.0 / 2 + x * (1.0 / 3 + x * (1.0 / 4 + x * (1.0 / 5 + x * (1.0 / 6))))));
            out[1] = gauss * INV_SQRT_2PI / (1 - x);
        } else if (u <= FLAT) {
            // |log H(u)| = H(−u) < 8e-24 and M(u) < 8e-23: both are their limit 0 to far below rounding
            // of anything they are added to (the tilted weights are exp(β log H) with β ≤ 1e3)
            out[0] = 0;
            out[1] = 0;
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

    /** Both tables at once (two independent recurrences interleave in the pipeline). */
    private static void clenshawPair(int base, double t, double[] out) {
        double t2 = 2 * t;
        double b1 = 0;
        double b2 = 0;
        double c1 = 0;
        double c2 = 0;
        for (int i = DEGREE; i >= 1; i--) {
            double b0 = Math.fma(t2, b1, LOG_H[base + i] - b2);
            double c0 = Math.fma(t2, c1, MILLS[base + i] - c2);
            b2 = b1;
            b1 = b0;
            c2 = c1;
            c1 = c0;
        }
        out[0] = Math.fma(t, b1, LOG_H[base] - b2);
        out[1] = Math.fma(t, c1, MILLS[base] - c2);
    }

    private static double clenshaw(double[] c, int base, double t) {
        double t2 = 2 * t;
        double b1 = 0;
        double b2 = 0;
        for (int i = DEGREE; i >= 1; i--) {
            double b0 = Math.fma(t2, b1, c[base + i] - b2);
            b2 = b1;
            b1 = b0;
        }
        return Math.fma(t, b1, c[base] - b2);
    }

    private static void fit(double[] coef, int from, int to, java.util.function.DoubleUnaryOperator f) {
        double[] values = new double[N];
        double h = 1.0 / PER_UNIT;
        for (int k = 0; k < (to - from) * PER_UNIT; k++) {
            for (int j = 0; j < N; j++) {
                values[j] = f.applyAsDouble(from + k * h + 0.5 * h * (Math.cos(Math.PI * (j + 0.5) / N) + 1));
            }
            for (int i = 0; i < N; i++) {
                double s = 0;
                for (int j = 0; j < N; j++) {
                    s += values[j] * Math.cos(Math.PI * i * (j + 0.5) / N);
                }
                coef[k * N + i] = s * (i == 0 ? 1.0 : 2.0) / N;
            }
        }
    }
}
