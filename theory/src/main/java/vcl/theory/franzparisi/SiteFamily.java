package vcl.theory.franzparisi;

import vcl.theory.numerics.GaussLegendre;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.numerics.SiteMoments;
import vcl.theory.numerics.SiteQuadrature;

/**
 * Moments of the one-parameter family {@code exp(a m² + s m + c f0(m)) dm} on (−1, 1),
 * {@code f0(m) = −[(1+m)/2 log(1+m) + (1−m)/2 log(1−m)]}, for many s at fixed (a, c).
 *
 * <p>In {@code u = atanh m} the log-integrand is
 * {@code g(u) = a t² + s t + c(log cosh u − u t) − 2 log cosh u}, {@code t = tanh u}. When
 * {@code 2a < c} the m-density is log-concave, and {@code g'(u) = 0} reads
 * {@code g_m'(t) = 2t/(1 − t²)} (decreasing = increasing): g has exactly one maximum. At a maximum
 * located at u its curvature is {@code −g'' = 4t² + sech²u (c + 2 − 2a sech²u)}, which depends on u
 * only; so one rule in u serves every s. The rule: Gauss-Legendre panels marched from {@code u = 0}
 * (a panel boundary, where sign m jumps) to {@code ±U}, {@code U = 32}, each at most
 * {@code κ/√(−g'')} wide at both its ends, with the per-node part of g tabulated once. For one s the
 * sum runs outward from the largest node while g is within {@link #CUT} of it. Beyond U the mass
 * is below {@code e^{−2(U − u_peak)}} of the total (the tail decays like {@code e^{−2u}}).
 * Measured against {@link SiteQuadrature} at tolerance 1e-14 over s in [−3000, 3000] and
 * (a, c) from (−1e4, 20) to (0.5, 2): 7e-14 (relative in Z, absolute in the moments) for κ = 1.5 and
 * order 10; 1e-11 for κ = 2, where skewed peaks at c = 2 are under-resolved.
 * When {@code 2a ≥ c} the density may be bimodal. Every stationary point of g at u then has
 * {@code |g''| ≤ K(u) = 4t² + sech²u (c + 2 + 2|a| sech²u)} (the same expression with the sign of the
 * a term made adverse), so the panels are built with {@code κ/√K(u)}: each maximum and each minimum
 * between two maxima is resolved as in the concave case, and the rule is again shared by every s.
 * The sum then takes every node within {@link #CUT} of the largest (both peaks, whatever lies
 * between): g has at most one maximum on each side of a split ±t* that depends on (a, c) only
 * ({@link #split}), so each is found by bisection and the sum walks outward from both (with a full
 * scan as a safeguard should a node lie far above them). Measured against {@link SiteQuadrature} at tolerance 1e-14 for c in {2, 20}, a from
 * c/2 to 4000 and s in [−3000, 3000]: below 1e-12 (see the test).
 * The nodes near {@code m = ±1} (the slowly decaying tails {@code e^{−2|u|}}, most of the nodes
 * within the cut) are summed not node by node but by their power series in s ({@link SiteTail}),
 * which reproduce those sums to rounding: only the nodes with {@code |s|(1 − |m|) > 1/2} or so are
 * taken one by one, with one exponential each.
 * Immutable and thread-safe.
 */
final class SiteFamily {

    static final double CUT = 46;
    /** A node this far above the expected largest sends the sums to the full scan. */
    private static final double OVERSHOOT = 30;
    private static final double U = 32;
    private static final double LN2 = Math.log(2);
    private final double a;
    private final double c;
    private final boolean concave;
    private final double[] t;
    private final double[] base;
    /** g(u) without the quadrature weight's log, at the nodes (what the peak search bisects). */
    private final double[] shape;
    private final int zeroIndex;
    /**
     * g is unimodal on the nodes [0, leftEnd) and on [rightStart, n), and has a single minimum and
     * no maximum in between ({@link #split}); leftEnd = rightStart = n when g is unimodal.
     */
    private final int leftEnd;
    private final int rightStart;
    private final int order;
    /** The largest {@link #base} on each panel (bounds the panel's terms with its end values of t). */
    private final double[] panelMax;
    private final SiteTail negative;
    private final SiteTail positive;

    /**
     * @param kappa panel width in units of the local peak width
     * @param order Gauss-Legendre points per panel
     */
    SiteFamily(double a, double c, double kappa, int order) {
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
            double start = 0;
            while (side * start < U) {
                double w = kappa * Math.min(width(start), width(start + side * kappa * width(start)));
                double end = side > 0 ? Math.min(U, start + w) : Math.max(-U, start - w);
                panels.add(new double[] {Math.min(start, end), Math.max(start, end)});
                start = end;
            }
        }
        panels.sort((p, q) -> Double.compare(p[0], q[0]));
        int n = panels.size() * order;
        t = new double[n];
        base = new double[n];
        shape = new double[n];
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
        zeroIndex = zero;
        double edge = split(a, c);
        leftEnd = edge < 1 ? firstAbove(t, -edge, false) : n;
        rightStart = edge < 1 ? firstAbove(t, edge, true) : n;
        this.order = order;
        panelMax = new double[panels.size()];
        for (int p = 0; p < panelMax.length; p++) {
            panelMax[p] = Double.NEGATIVE_INFINITY;
            for (int i = p * order; i < (p + 1) * order; i++) {
                panelMax[p] = Math.max(panelMax[p], base[i]);
            }
        }
        negative = new SiteTail(t, base, 0, zero, -1);
        positive = new SiteTail(t, base, zero, n, 1);
    }

    /**
     * The {@code t* < 1} beyond which g is unimodal on either side, or 1 when g is unimodal outright.
     * {@code g'(u) = (1 − t²) F(t)}, {@code F(t) = 2at + s − c atanh t − 2t/(1 − t²)}, and
     * {@code F'(t) = 2a − B(t²)}, {@code B(x) = ((c + 2) + (2 − c)x)/(1 − x)²}, which grows from c + 2
     * to ∞ ({@code B'(x) ∝ (c + 6) + (2 − c)x > 0}). So if {@code 2a ≤ c + 2} F falls everywhere and g
     * has one maximum; otherwise F rises on {@code |t| < t*} ({@code B(t*²) = 2a}) and falls beyond:
     * g has at most one maximum on each side of ±t* and only a minimum between, whatever s.
     */
    private static double split(double a, double c) {
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

    /**
     * The node of [from, to) where g (without the quadrature weights, whose logs oscillate within
     * each panel) is largest, where g is unimodal there: its samples at increasing u rise then fall, so bisection on the
     * sign of the forward difference finds the largest. The weighted node values there are within
     * {@code log(w_max/w_min) < 3} of their maximum, so the sums below neither overflow nor cut
     * differently in any way that matters ({@link #CUT} has a wide margin).
     */
    private int peak(double s, int from, int to) {
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (shape[mid + 1] + s * t[mid + 1] > shape[mid] + s * t[mid]) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    int size() {
        return t.length;
    }

    /** log Z, ⟨m⟩, ⟨m²⟩, ⟨sign m⟩ at linear coefficient s. */
    SiteMoments moments(double s) {
        int n = t.length;
        // nodes [lo, hi) one by one, the two tails beyond by their series
        int level = SiteTail.level(s);
        int lo = negative.boundary(level, n);
        int hi = positive.boundary(level, n);
        double tails = Math.max(negative.bound(level, s), positive.bound(level, s));
        // sums {Z, Σ m, Σ m², Σ over m < 0, largest exponent met relative to max}
        double[] sums = new double[5];
        double max = walkFromPeaks(s, lo, hi, tails, sums);
        if (sums[4] > OVERSHOOT) {
            // a peak the bisections missed (possible only where sampling blurs the pieces): scan
            java.util.Arrays.fill(sums, 0);
            max = scan(s, lo, hi, tails, sums);
        }
        negative.add(level, s, max, CUT, sums);
        positive.add(level, s, max, CUT, sums);
        double z = sums[0];
        double m1 = sums[1];
        double m2 = sums[2];
        double neg = sums[3];
        return new SiteMoments(max + Math.log(z), m1 / z, m2 / z, 1 - 2 * neg / z);
    }

    /**
     * Adds the nodes of [lo, hi) within the cut, walking from the largest node of each piece where
     * g is unimodal until the first node below the cut; returns the scale max of the exponents.
     */
    private double walkFromPeaks(double s, int lo, int hi, double tails, double[] sums) {
        if (lo >= hi) {
            return tails;
        }
        int n = t.length;
        int first = Math.min(hi - 1, Math.max(lo, peak(s, 0, leftEnd)));
        int second = rightStart < n ? Math.min(hi - 1, Math.max(lo, peak(s, rightStart, n))) : first;
        if (leftEnd == 0) {
            first = second;
        }
        double max = Math.max(tails, Math.max(base[first] + s * t[first], base[second] + s * t[second]));
        walk(s, max, first, lo - 1, -1, sums);
        if (first == second) {
            walk(s, max, first + 1, hi, 1, sums);
            return max;
        }
        int reached = walk(s, max, first + 1, second, 1, sums);
        walk(s, max, second, hi, 1, sums);
        walk(s, max, second - 1, reached, -1, sums);
        return max;
    }

    /** As {@link #walkFromPeaks}, by a scan for the largest node and every panel within the cut. */
    private double scan(double s, int lo, int hi, double tails, double[] sums) {
        if (lo >= hi) {
            return tails;
        }
        int best = largest(s, lo, hi);
        double max = Math.max(tails, base[best] + s * t[best]);
        skim(s, max, best, hi, 1, sums);
        skim(s, max, best - 1, lo - 1, -1, sums);
        return max;
    }

    /** An upper bound on the exponent {@code base + s t} over panel p. */
    private double panelBound(int p, double s) {
        return panelMax[p] + Math.max(s * t[p * order], s * t[p * order + order - 1]);
    }

    /**
     * The node of [lo, hi) where {@code base + s t} is largest: the panel of the highest bound is
     * scanned first, then only the panels whose bound exceeds the largest value found.
     */
    private int largest(double s, int lo, int hi) {
        int first = lo / order;
        int last = (hi - 1) / order;
        int top = first;
        double topBound = Double.NEGATIVE_INFINITY;
        for (int p = first; p <= last; p++) {
            double b = panelBound(p, s);
            if (b > topBound) {
                topBound = b;
                top = p;
            }
        }
        int best = Math.max(lo, top * order);
        double max = base[best] + s * t[best];
        for (int k = first - 1; k <= last; k++) {
            // the top panel first (k = first − 1), then the others that may hold a larger value
            int p = k < first ? top : k;
            if (k >= first && (p == top || panelBound(p, s) <= max)) {
                continue;
            }
            for (int i = Math.max(lo, p * order); i < Math.min(hi, (p + 1) * order); i++) {
                double v = base[i] + s * t[i];
                if (v > max) {
                    max = v;
                    best = i;
                }
            }
        }
        return best;
    }

    /**
     * Adds nodes {@code from, from + step, …} (up to but excluding {@code to}) to {@code sums}
     * until the first node below the cut; returns the index where it stopped.
     */
    private int walk(double s, double max, int from, int to, int step, double[] sums) {
        int i = from;
        for (; step > 0 ? i < to : i > to; i += step) {
            double v = base[i] + s * t[i] - max;
            if (v < -CUT) {
                break;
            }
            add(i, v, sums);
        }
        return i;
    }

    /** Adds nodes {@code from, from + step, …} (up to but excluding {@code to}) within the cut, passing over panels below it. */
    private void skim(double s, double max, int from, int to, int step, double[] sums) {
        int i = from;
        while (i != to) {
            int p = i / order;
            int end = step > 0 ? Math.min(to, (p + 1) * order) : Math.max(to, p * order - 1);
            if (panelBound(p, s) - max < -CUT) {
                i = end;
                continue;
            }
            for (; i != end; i += step) {
                double v = base[i] + s * t[i] - max;
                if (v >= -CUT) {
                    add(i, v, sums);
                }
            }
        }
    }

    private void add(int i, double v, double[] sums) {
        double e = Math.exp(v);
        sums[0] += e;
        sums[1] += e * t[i];
        sums[2] += e * t[i] * t[i];
        if (i < zeroIndex) {
            sums[3] += e;
        }
        sums[4] = Math.max(sums[4], v);
    }
}
