package vcl.theory.rsb;

import vcl.theory.numerics.GaussLegendre;
import vcl.theory.numerics.GaussianTail;
import vcl.theory.numerics.GaussianTailTable;
import vcl.theory.numerics.QuadratureRule;

/**
 * The channel's innermost average, {@code K1(y) = ∫Dξ H(u)^β}, {@code u = −(y + c ξ)/s},
 * {@code c = √(q* − q1)}, {@code s = √(1 − q*)}, and the functions of y the 1RSB terms need, with M
 * the Mills ratio and ⟨·⟩ the tilted average under {@code Dξ H(u)^β / K1}:
 * <pre>
 *   L = log K1,   g = ∂_y L = β⟨M⟩/s,   g' = ∂²_y L = (β/s²)[(β − 1)⟨M²⟩ + ⟨M u⟩ − β⟨M⟩²],
 *   L_q* = ∂L/∂q* (y fixed) = β(β − 1)⟨M²⟩/(2s²),   ∂L/∂q1 (y fixed) = −(g' + g²)/2.
 * </pre>
 * The ξ integral: Gauss-Legendre panels from the mode of the concave log-integrand
 * {@code −ξ²/2 + β log H(u)} with the width of its curvature, doubling outward (at most 0.5 wide, and
 * halved until the log-integrand changes by at most 4 across one) until it has dropped by 40; the
 * tail where H(u) = 1 in closed form. Not thread-safe (scratch array).
 */
final class ChannelAverage {

    private static final QuadratureRule PANEL = GaussLegendre.rule(10);
    private static final double DROP = 40;
    private static final double PANEL_DROP = 4;
    private static final double MAX_WIDTH = 0.5;
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    private final double beta;
    private final double c;
    private final double s;
    private final double[] lm = new double[2];

    /** L, g, g', L_q* after {@link #evaluate}. */
    double logK;
    double g;
    double g1;
    double lqs;

    ChannelAverage(double beta, double c, double s) {
        this.beta = beta;
        this.c = c;
        this.s = s;
    }

    /** Evaluates the functions at y. */
    void evaluate(double y) {
        double cs = c / s;
        double ys = y / s;
        double x0 = mode(ys, cs);
        double u0 = -Math.fma(cs, x0, ys);
        GaussianTailTable.logHAndMills(u0, lm);
        double phi0 = -0.5 * x0 * x0 + beta * lm[0];
        double curvature = 1 + beta * cs * cs * lm[1] * (lm[1] - u0);
        double h0 = Math.min(MAX_WIDTH, 1 / Math.sqrt(curvature));
        double sw = 0;
        double sM = 0;
        double sM2 = 0;
        double sMu = 0;
        for (int side = -1; side <= 1; side += 2) {
            double start = x0;
            double h = h0;
            for (int count = 0; count < 10_000; count++) {
                if (side > 0 && -Math.fma(cs, start, ys) <= GaussianTailTable.FLAT) {
                    sw += SQRT_2PI * Math.exp(GaussianTail.logH(start) - phi0);
                    break;
                }
                double end = start + side * h;
                GaussianTailTable.logHAndMills(-Math.fma(cs, end, ys), lm);
                while (h * Math.abs(-end + beta * cs * lm[1]) > PANEL_DROP && h > 1e-9) {
                    h *= 0.5;
                    end = start + side * h;
                    GaussianTailTable.logHAndMills(-Math.fma(cs, end, ys), lm);
                }
                boolean last = -0.5 * end * end + beta * lm[0] < phi0 - DROP;
                double mid = 0.5 * (start + end);
                double half = 0.5 * h;
                for (int i = 0; i < PANEL.size(); i++) {
                    double xi = mid + half * PANEL.node(i);
                    double u = -Math.fma(cs, xi, ys);
                    GaussianTailTable.logHAndMills(u, lm);
                    double w = half * PANEL.weight(i) * Math.exp(-0.5 * xi * xi + beta * lm[0] - phi0);
                    double m = lm[1];
                    sw += w;
                    sM += w * m;
                    sM2 += w * m * m;
                    sMu += w * m * u;
                }
                if (last) {
                    break;
                }
                h = Math.min(2 * h, MAX_WIDTH);
                start = end;
            }
        }
        logK = phi0 + Math.log(sw) - LOG_SQRT_2PI;
        double meanM = sM / sw;
        double meanM2 = sM2 / sw;
        double meanMu = sMu / sw;
        g = beta * meanM / s;
        g1 = beta / (s * s) * ((beta - 1) * meanM2 + meanMu - beta * meanM * meanM);
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

    /** The mode ξ₀ ≥ 0 of the log-integrand: safeguarded Newton on {@code −ξ + β(c/s)M(u)}. */
    private double mode(double ys, double cs) {
        double lo = 0;
        GaussianTailTable.logHAndMills(-ys, lm);
        double hi = beta * cs * lm[1];
        double xi = 0;
        for (int iter = 0; iter < 200; iter++) {
            double u = -Math.fma(cs, xi, ys);
            GaussianTailTable.logHAndMills(u, lm);
            double d = -xi + beta * cs * lm[1];
            if (d > 0) {
                lo = xi;
            } else {
                hi = xi;
            }
            double d2 = -1 - beta * cs * cs * lm[1] * (lm[1] - u);
            double next = xi - d / d2;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - xi) <= 1e-14 * (1 + Math.abs(xi)) || hi - lo <= 1e-15 * (1 + hi)) {
                return next;
            }
            xi = next;
        }
        return xi;
    }
}
