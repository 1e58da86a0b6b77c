package vcl.theory.replica;

import vcl.theory.numerics.GaussianTailTable;
import vcl.theory.numerics.QuadratureRule;

/**
 * The inner averages of one energetic evaluation as Gaussian convolutions on one shared grid.
 * With {@code w = y + c x}, every inner integral is
 * <pre>
 *   K(y) = ∫ dw/(c√(2π)) exp(−(w − y)²/(2c²)) H(−w/s)^β,
 * </pre>
 * a convolution of the same function of w for all outer nodes y. The grid tabulates
 * {@code β log H(u)}, {@code M(u)}, {@code M²} and {@code M u} at {@code u = −w/s} once, on
 * Gauss-Legendre panels over [wLo, wHi]; each inner average is then a sum over the grid nodes near its
 * mode with weights {@code exp(−(w − y)²/(2c²) + β log H − φmax)}: one exponential per node and no
 * table call.
 *
 * <p>Panels: the log-integrand's curvature in w, {@code κ(w) = 1/c² + (β/s²) M(M − u)}, does not
 * depend on y and falls with w (M' = M(M − u) grows with u = −w/s), so a panel of width
 * {@code widthFactor/√κ(start)} is at most that many local Gaussian widths wide for every y. Each
 * inner sum keeps the nodes within {@code cut} of its largest log-weight (the log-integrand is
 * concave, so the nodes kept are one run, found from the maximum outward). Immutable once built;
 * {@link #average} may be called from several threads, each with its own result.
 */
final class ConvolutionGrid {

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private final double c;
    private final double[] w;
    private final double[] weight;
    private final double[] logH;
    private final double[] m;
    private final double[] mu;
    private final double cut;

    private ConvolutionGrid(double c, double[] w, double[] weight, double[] logH, double[] m, double[] mu,
            double cut) {
        this.c = c;
        this.w = w;
        this.weight = weight;
        this.logH = logH;
        this.m = m;
        this.mu = mu;
        this.cut = cut;
    }

    /**
     * Builds the grid on [wLo, wHi], or returns null if it would need more than {@code maxNodes} nodes.
     */
    static ConvolutionGrid build(double beta, double c, double s, double wLo, double wHi, QuadratureRule panel,
            double widthFactor, double cut, int maxNodes) {
        int order = panel.size();
        double[] lm = new double[2];
        double cs2 = (c / s) * (c / s);
        int panels = 0;
        double start = wLo;
        double[] ends = new double[64];
        while (start < wHi) {
            GaussianTailTable.logHAndMills(-start / s, lm);
            double curvature = 1 + beta * cs2 * lm[1] * (lm[1] + start / s); // in units of 1/c²
            double h = widthFactor * c / Math.sqrt(curvature);
            if ((panels + 1) * order > maxNodes) {
                return null;
            }
            if (panels + 1 >= ends.length) {
                ends = java.util.Arrays.copyOf(ends, 2 * ends.length);
            }
            ends[panels++] = start;
            start += h;
        }
        ends[panels] = start;
        int n = panels * order;
        double[] w = new double[n];
        double[] weight = new double[n];
        double[] logH = new double[n];
        double[] m = new double[n];
        double[] mu = new double[n];
        int k = 0;
        for (int p = 0; p < panels; p++) {
            double mid = 0.5 * (ends[p] + ends[p + 1]);
            double half = 0.5 * (ends[p + 1] - ends[p]);
            for (int i = 0; i < order; i++, k++) {
                double x = mid + half * panel.node(i);
                double u = -x / s;
                GaussianTailTable.logHAndMills(u, lm);
                w[k] = x;
                weight[k] = half * panel.weight(i);
                logH[k] = beta * lm[0];
                m[k] = lm[1];
                mu[k] = lm[1] * u;
            }
        }
        return new ConvolutionGrid(c, w, weight, logH, m, mu, cut);
    }

    int size() {
        return w.length;
    }

    private double exponent(int k, double y, double inv2c2) {
        double d = w[k] - y;
        return logH[k] - d * d * inv2c2;
    }

    /**
     * K(y) and the tilted averages ⟨M⟩, ⟨M²⟩, ⟨M u⟩ into {@code out} (logK, M, M², Mu); false (and
     * {@code out} unchanged) if the integrand has not fallen by {@code cut} within the grid.
     */
    boolean average(double y, double[] out) {
        double inv2c2 = 0.5 / (c * c);
        int lo = 0;
        int hi = w.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (exponent(mid + 1, y, inv2c2) > exponent(mid, y, inv2c2)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        double top = exponent(lo, y, inv2c2);
        double floor = top - cut;
        int first = lo;
        while (first > 0 && exponent(first - 1, y, inv2c2) >= floor) {
            first--;
        }
        int last = lo;
        while (last < w.length - 1 && exponent(last + 1, y, inv2c2) >= floor) {
            last++;
        }
        if ((first == 0 && exponent(0, y, inv2c2) >= floor + 2)
                || (last == w.length - 1 && exponent(last, y, inv2c2) >= floor + 2)) {
            return false;
        }
        double sw = 0;
        double sM = 0;
        double sM2 = 0;
        double sMu = 0;
        for (int k = first; k <= last; k++) {
            double d = w[k] - y;
            double e = weight[k] * Math.exp(logH[k] - d * d * inv2c2 - top);
            double mk = m[k];
            sw += e;
            sM += e * mk;
            sM2 += e * mk * mk;
            sMu += e * mu[k];
        }
        out[0] = top + Math.log(sw) - Math.log(c) - LOG_SQRT_2PI;
        out[1] = sM / sw;
        out[2] = sM2 / sw;
        out[3] = sMu / sw;
        return true;
    }
}
