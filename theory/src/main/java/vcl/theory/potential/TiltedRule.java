package vcl.theory.potential;

import vcl.theory.numerics.GaussLegendre;
import vcl.theory.numerics.GaussianTailTable;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.replica.QuadratureSettings;

/**
 * Nodes and normalised weights of the tilted Gaussian measure of one replica's own field,
 * <pre>  Dx H(u)^β / K,   u = −(y + c x)/s,   K = ∫Dx H(u)^β,  </pre>
 * with log K, the Mills ratio M(u) and u at every node (the energetic term's inner average, here
 * as a rule, so that other functions can be integrated against it). The log-integrand
 * {@code φ = −x²/2 + β log H(u)} is concave: Gauss-Legendre panels start at its mode with the width
 * of its curvature, double outward, are halved until φ changes by at most the settings' panel drop
 * across one, and stop once φ has dropped by the settings' log drop. Nodes whose weight is below
 * 1e-17 of the largest are dropped. Immutable.
 */
final class TiltedRule {

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double NEGLIGIBLE = 1e-17;

    final double[] x;
    final double[] weight;
    final double[] mills;
    final double[] u;
    final double logK;

    private TiltedRule(double[] x, double[] weight, double[] mills, double[] u, double logK) {
        this.x = x;
        this.weight = weight;
        this.mills = mills;
        this.u = u;
        this.logK = logK;
    }

    int size() {
        return x.length;
    }

    /** The rule for field offset y, fluctuation c ≥ 0 and channel width s > 0 at inverse temperature β. */
    static TiltedRule of(double beta, double y, double c, double s, QuadratureSettings settings) {
        QuadratureRule panel = GaussLegendre.rule(settings.panelOrder());
        double[] lm = new double[2];
        double cs = c / s;
        double x0 = mode(beta, y, cs, s, lm);
        double u0 = -(y + c * x0) / s;
        GaussianTailTable.logHAndMills(u0, lm);
        double phi0 = -0.5 * x0 * x0 + beta * lm[0];
        double h0 = Math.min(settings.maxPanelWidth(), 1 / Math.sqrt(1 + beta * cs * cs * lm[1] * (lm[1] - u0)));
        int cap = 64 * panel.size();
        double[] xs = new double[cap];
        double[] ws = new double[cap];
        double[] ms = new double[cap];
        int n = 0;
        for (int side = -1; side <= 1; side += 2) {
            double start = x0;
            double h = h0;
            boolean last = false;
            while (!last) {
                double end = start + side * h;
                GaussianTailTable.logHAndMills(-(y + c * end) / s, lm);
                while (h * Math.abs(-end + beta * cs * lm[1]) > settings.panelDrop() && h > 1e-9) {
                    h *= 0.5;
                    end = start + side * h;
                    GaussianTailTable.logHAndMills(-(y + c * end) / s, lm);
                }
                last = -0.5 * end * end + beta * lm[0] < phi0 - settings.logDrop();
                double mid = 0.5 * (start + end);
                double half = 0.5 * h;
                for (int i = 0; i < panel.size(); i++) {
                    if (n == xs.length) {
                        xs = java.util.Arrays.copyOf(xs, 2 * n);
                        ws = java.util.Arrays.copyOf(ws, 2 * n);
                        ms = java.util.Arrays.copyOf(ms, 2 * n);
                    }
                    double xi = mid + half * panel.node(i);
                    GaussianTailTable.logHAndMills(-(y + c * xi) / s, lm);
                    xs[n] = xi;
                    ws[n] = half * panel.weight(i) * Math.exp(-0.5 * xi * xi + beta * lm[0] - phi0);
                    ms[n] = lm[1];
                    n++;
                }
                h = Math.min(2 * h, settings.maxPanelWidth());
                start = end;
            }
        }
        double sum = 0;
        double max = 0;
        for (int i = 0; i < n; i++) {
            sum += ws[i];
            max = Math.max(max, ws[i]);
        }
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (ws[i] >= NEGLIGIBLE * max) {
                kept++;
            }
        }
        double[] x = new double[kept];
        double[] w = new double[kept];
        double[] m = new double[kept];
        double[] uu = new double[kept];
        double keptSum = 0;
        for (int i = 0, k = 0; i < n; i++) {
            if (ws[i] >= NEGLIGIBLE * max) {
                x[k] = xs[i];
                w[k] = ws[i];
                keptSum += ws[i];
                uu[k] = -(y + c * xs[i]) / s;
                m[k] = ms[i];
                k++;
            }
        }
        for (int k = 0; k < kept; k++) {
            w[k] /= keptSum;
        }
        return new TiltedRule(x, w, m, uu, phi0 + Math.log(sum) - LOG_SQRT_2PI);
    }

    /**
     * The k-point Gauss rule of this tilted measure ({@link GaussReduction}), with u and M at its
     * nodes; log K unchanged. For integrands smooth in x (the reference's field inside the joint
     * energetic term).
     */
    TiltedRule reduced(int k, double y, double c, double s) {
        if (size() <= k) {
            return this;
        }
        double[][] g = GaussReduction.reduce(x, weight, k);
        double[] lm = new double[2];
        double[] uu = new double[g[0].length];
        double[] m = new double[uu.length];
        for (int i = 0; i < uu.length; i++) {
            uu[i] = -(y + c * g[0][i]) / s;
            GaussianTailTable.logHAndMills(uu[i], lm);
            m[i] = lm[1];
        }
        return new TiltedRule(g[0], g[1], m, uu, logK);
    }

    /** The mode of φ (Newton safeguarded by bisection on φ' = −x + β(c/s)M(u), φ concave). */
    private static double mode(double beta, double y, double cs, double s, double[] lm) {
        GaussianTailTable.logHAndMills(-y / s, lm);
        double lo = 0;
        double hi = beta * cs * lm[1];
        double x = 0;
        for (int iter = 0; iter < 200 && hi > lo; iter++) {
            double u = -y / s - cs * x;
            GaussianTailTable.logHAndMills(u, lm);
            double g = -x + beta * cs * lm[1];
            if (g > 0) {
                lo = x;
            } else {
                hi = x;
            }
            double next = x - g / (-1 - beta * cs * cs * lm[1] * (lm[1] - u));
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - x) <= 1e-14 * (1 + Math.abs(x))) {
                return next;
            }
            x = next;
        }
        return x;
    }
}
