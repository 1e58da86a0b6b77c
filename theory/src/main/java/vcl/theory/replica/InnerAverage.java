package vcl.theory.replica;

import vcl.theory.numerics.GaussianTail;
import vcl.theory.numerics.GaussianTailTable;
import vcl.theory.numerics.QuadratureRule;

/**
 * The inner average of the energetic term,
 * {@code K(y) = ∫Dx H(u)^β}, {@code u = −(y + c x)/s}, with the ratios the derivatives need:
 * {@code ⟨M⟩, ⟨M²⟩, ⟨M u⟩} under the tilted measure {@code Dx H(u)^β / K}, M the Mills ratio.
 *
 * <p>Method (log space, robust for β up to 1000 and s → 0): the log-integrand
 * {@code φ(x) = −x²/2 + β log H(u(x))} is strictly concave; its mode x₀ ≥ 0 is found by a
 * safeguarded Newton iteration on {@code φ'(x) = −x + β(c/s)M(u)} in the bracket
 * {@code [0, β(c/s)M(u(0))]}; then graded Gauss-Legendre panels start at x₀ with width
 * {@code 1/√(−φ''(x₀))} (the width of the sharp edge) and double in width up to {@code maxWidth},
 * but are halved until {@code width·|φ'| ≤ panelDrop} at their outer end (the steepest point, φ being
 * concave), so no edge hides inside a panel; they stop on each side once φ has dropped by
 * {@code drop} below φ(x₀). On the side of growing x, u falls; once it is below
 * {@link GaussianTailTable#FLAT} (H(u) = 1 to working precision) the rest is a Gaussian tail, added
 * in closed form instead of by panels. Every weight is
 * {@code exp(φ − φ(x₀))}, so nothing under- or overflows. Not thread-safe (scratch array).
 */
public final class InnerAverage {

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    private final double beta;
    private final QuadratureRule panel;
    private final double maxWidth;
    private final double drop;
    private final double panelDrop;
    private final double[] lm = new double[2];

    double logK;
    double meanM;
    double meanM2;
    double meanMu;

    /**
     * @param beta the channel's power β
     * @param panel the Gauss-Legendre rule of one panel
     * @param settings widest panel, log drop and largest change across a panel
     */
    public InnerAverage(double beta, QuadratureRule panel, QuadratureSettings settings) {
        this.beta = beta;
        this.panel = panel;
        this.maxWidth = settings.maxPanelWidth();
        this.drop = settings.logDrop();
        this.panelDrop = settings.panelDrop();
    }

    /** Evaluates K and the averages for given y = √q z, c = √(q*−q), s = √(1−q*). */
    public void evaluate(double y, double c, double s) {
        double cs = c / s;
        // u(x) = −(y + c x)/s = −(ys + cs·x): a multiplication per node instead of a division
        double ys = y / s;
        double x0 = mode(ys, cs);
        double u0 = -Math.fma(cs, x0, ys);
        GaussianTailTable.logHAndMills(u0, lm);
        double phi0 = -0.5 * x0 * x0 + beta * lm[0];
        double curvature = 1 + beta * cs * cs * lm[1] * (lm[1] - u0);
        double h0 = Math.min(maxWidth, 1 / Math.sqrt(curvature));
        double sw = 0;
        double sM = 0;
        double sM2 = 0;
        double sMu = 0;
        for (int side = -1; side <= 1; side += 2) {
            double start = x0;
            double h = h0;
            while (true) {
                if (side > 0 && -Math.fma(cs, start, ys) <= GaussianTailTable.FLAT) {
                    // u falls with x: from here on H(u)^β = 1 and M = 0 as the table returns them, so
                    // the rest is the Gaussian tail ∫_start^∞ e^{−x²/2 − φ0} dx = √(2π) H(start) e^{−φ0}
                    sw += SQRT_2PI * Math.exp(GaussianTail.logH(start) - phi0);
                    break;
                }
                // shrink the panel until φ changes by at most panelDrop at its steepest point, the
                // outer end (φ is concave): no hidden edge inside a panel
                double end = start + side * h;
                double uEnd = -Math.fma(cs, end, ys);
                GaussianTailTable.logHAndMills(uEnd, lm);
                while (h * Math.abs(-end + beta * cs * lm[1]) > panelDrop && h > 1e-9) {
                    h *= 0.5;
                    end = start + side * h;
                    uEnd = -Math.fma(cs, end, ys);
                    GaussianTailTable.logHAndMills(uEnd, lm);
                }
                boolean last = -0.5 * end * end + beta * lm[0] < phi0 - drop;
                double mid = 0.5 * (start + end);
                double half = 0.5 * h;
                for (int i = 0; i < panel.size(); i++) {
                    double x = mid + half * panel.node(i);
                    double u = -Math.fma(cs, x, ys);
                    GaussianTailTable.logHAndMills(u, lm);
                    double w = half * panel.weight(i) * Math.exp(-0.5 * x * x + beta * lm[0] - phi0);
                    double m = lm[1];
                    sw += w;
                    sM += w * m;
                    sM2 += w * m * m;
                    sMu += w * m * u;
                }
                if (last) {
                    break;
                }
                h = Math.min(2 * h, maxWidth);
                start = end;
            }
        }
        logK = phi0 + Math.log(sw) - LOG_SQRT_2PI;
        meanM = sM / sw;
        meanM2 = sM2 / sw;
        meanMu = sMu / sw;
    }

    /** {@code log K} after {@link #evaluate}. */
    public double logK() {
        return logK;
    }

    /** {@code ⟨M⟩} after {@link #evaluate}. */
    public double meanM() {
        return meanM;
    }

    /** {@code ⟨M²⟩} after {@link #evaluate}. */
    public double meanM2() {
        return meanM2;
    }

    /** {@code ⟨M u⟩} after {@link #evaluate}. */
    public double meanMu() {
        return meanMu;
    }

    /** The mode x₀ ≥ 0 of the log-integrand for ys = y/s, cs = c/s. */
    double mode(double ys, double cs) {
        double lo = 0;
        GaussianTailTable.logHAndMills(-ys, lm);
        double hi = beta * cs * lm[1];
        double x = 0;
        for (int iter = 0; iter < 200; iter++) {
            double u = -Math.fma(cs, x, ys);
            GaussianTailTable.logHAndMills(u, lm);
            double g = -x + beta * cs * lm[1];
            if (g > 0) {
                lo = x;
            } else {
                hi = x;
            }
            double g2 = -1 - beta * cs * cs * lm[1] * (lm[1] - u);
            double next = x - g / g2;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - x) <= 1e-14 * (1 + Math.abs(x)) || hi - lo <= 1e-15 * (1 + hi)) {
                return next;
            }
            x = next;
        }
        return x;
    }
}
