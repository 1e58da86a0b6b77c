package vcl.theory.franzparisi;

import vcl.theory.numerics.GaussLegendre;
import vcl.theory.numerics.QuadratureRule;

/**
 * The quadrature rule in {@code u = atanh m} of a {@link SiteFamily} at fixed (a, c), shared by
 * every linear coefficient s: Gauss-Legendre panels marched from {@code u = 0} to {@code ±U}
 * ({@code U = 32}) at most {@code κ} local peak widths wide, the nodes' {@code t = tanh u}, the
 * s-independent part of the log-integrand with and without the log weights, each panel's largest
 * log-weight, and where g is unimodal ({@link #split}). Package-private data of SiteFamily, immutable
 * after construction.
 */
final class SiteRule {

    private static final double U = 32;
    private static final double LN2 = Math.log(2);
    private final double a;
    private final double c;
    private final boolean concave;
    /** The nodes' tanh u, nondecreasing. */
    final double[] t;
    /** g(u) without the term s·t, with the log of the quadrature weight. */
    final double[] base;
    /** g(u) without the quadrature weight's log, at the nodes (what the peak search bisects). */
    final double[] shape;
    /** The first node at u &gt; 0 (u = 0 is a panel boundary). */
    final int zeroIndex;
    /**
     * g is unimodal on the nodes [0, leftEnd) and on [rightStart, n), and has a single minimum and
     * no maximum in between ({@link #split}); leftEnd = rightStart = n when g is unimodal.
     */
    final int leftEnd;
    final int rightStart;
    /** Nodes per panel. */
    final int order;
    /** The largest {@link #base} on each panel (bounds the panel's terms with its end values of t). */
    final double[] panelMax;

    /**
     * @param kappa panel width in units of the local peak width
     * @param order Gauss-Legendre points per panel
     */
    SiteRule(double a, double c, double kappa, int order) {
        this.a = a;
        this.c = c;
        this.concave = 2 * a < c;
        QuadratureRule gl = GaussLegendre.rule(order);
        double[] logWeight = new double[order];
        for (int i = 0; i < order; i++) {
            logWeight[i] = Math.log(gl.weight(i));
        }
        java.util.List<double[]> panels = new java.util.ArrayList<>();
        for (int side = -1; side <= 1; side += 2) {
            march(panels, side, kappa);
        }
        panels.sort((p, q) -> Double.compare(p[0], q[0]));
        int n = panels.size() * order;
        t = new double[n];
        base = new double[n];
        shape = new double[n];
        zeroIndex = fillNodes(panels, gl, logWeight, a, c, t, base, shape);
        double edge = split(a, c);
        leftEnd = edge < 1 ? firstAbove(t, -edge, false) : n;
        rightStart = edge < 1 ? firstAbove(t, edge, true) : n;
        this.order = order;
        panelMax = panelMaxima(base, panels.size(), order);
    }

    /*
     * The constructor's loops are methods of their own, so that it is compiled once rather than
     * again, entered part-way through a loop, after each rarely taken branch in any of them.
     */

    /** Panels from u = 0 outward to ±U on one side. */
    private void march(java.util.List<double[]> panels, int side, double kappa) {
        double start = 0;
        while (side * start < U) {
            double w = kappa * Math.min(width(start), width(start + side * kappa * width(start)));
            double end = side > 0 ? Math.min(U, start + w) : Math.max(-U, start - w);
            panels.add(new double[] {Math.min(start, end), Math.max(start, end)});
            start = end;
        }
    }

    /** The nodes of the (sorted) panels; returns the index of the first node of the panel at u = 0. */
    private static int fillNodes(java.util.List<double[]> panels, QuadratureRule gl, double[] logWeight, double a,
            double c, double[] t, double[] base, double[] shape) {
        int order = logWeight.length;
        int k = 0;
        int zero = 0;
        for (double[] p : panels) {
            double mid = 0.5 * (p[0] + p[1]);
            double half = 0.5 * (p[1] - p[0]);
            if (p[0] == 0) {
                zero = k;
            }
            double logHalf = Math.log(half);
            for (int i = 0; i < order; i++) {
                double u = mid + half * gl.node(i);
                // tanh u and log cosh u from one e^{−2|u|} − 1 (accurate at small u as well)
                double x = Math.abs(u);
                double em = Math.expm1(-2 * x);
                double th = Math.copySign(-em / (2 + em), u);
                double lc = x + Math.log1p(1 + em) - LN2;
                t[k] = th;
                shape[k] = a * th * th + c * (lc - u * th) - 2 * lc;
                base[k] = shape[k] + logHalf + logWeight[i];
                k++;
            }
        }
        return zero;
    }

    /** The largest log-weight of each panel. */
    private static double[] panelMaxima(double[] base, int panels, int order) {
        double[] max = new double[panels];
        for (int p = 0; p < panels; p++) {
            max[p] = Double.NEGATIVE_INFINITY;
            for (int i = p * order; i < (p + 1) * order; i++) {
                max[p] = Math.max(max[p], base[i]);
            }
        }
        return max;
    }

    /**
     * The {@code t* < 1} beyond which g is unimodal on either side, or 1 when g is unimodal outright.
     * {@code g'(u) = (1 − t²) F(t)}, {@code F(t) = 2at + s − c atanh t − 2t/(1 − t²)}, and
     * {@code F'(t) = 2a − B(t²)}, {@code B(x) = ((c + 2) + (2 − c)x)/(1 − x)²}, which grows from c + 2
     * to ∞ ({@code B'(x) ∝ (c + 6) + (2 − c)x > 0}). So if {@code 2a ≤ c + 2} F falls everywhere and g
     * has one maximum; otherwise F rises on {@code |t| < t*} ({@code B(t*²) = 2a}) and falls beyond:
     * g has at most one maximum on each side of ±t* and only a minimum between, whatever s.
     */
    static double split(double a, double c) {
        if (2 * a <= c + 2) {
            return 1;
        }
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 200 && hi - lo > 1e-17; i++) {
            double x = 0.5 * (lo + hi);
            if (((c + 2) + (2 - c) * x) / ((1 - x) * (1 - x)) < 2 * a) {
                lo = x;
            } else {
                hi = x;
            }
        }
        return Math.sqrt(0.5 * (lo + hi));
    }

    /** The first index with {@code t > x} (or {@code ≥ x} if inclusive) in the nondecreasing t. */
    private static int firstAbove(double[] t, double x, boolean inclusive) {
        int lo = 0;
        int hi = t.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] > x || inclusive && t[mid] == x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * Peak width {@code 1/√(−g'')} of a maximum located at u (concave case), or the bound
     * {@code 1/√K(u)} on the width of any stationary point there (otherwise).
     */
    private double width(double u) {
        double th = Math.tanh(u);
        double sech2 = 1 / Math.cosh(u) / Math.cosh(u);
        double quartic = concave ? -2 * a * sech2 : 2 * Math.abs(a) * sech2;
        return 1 / Math.sqrt(4 * th * th + sech2 * (c + 2 + quartic));
    }

}
