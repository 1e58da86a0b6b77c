package vcl.theory.franzparisi;

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
 * ({@link SiteRule#split}), so each is found by bisection and the sum walks outward from both (with a full
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
    private final double[] t;
    private final double[] base;
    private final double[] shape;
    private final int zeroIndex;
    private final int leftEnd;
    private final int rightStart;
    private final int order;
    private final double[] panelMax;
    private final SiteTail negative;
    private final SiteTail positive;

    /**
     * @param kappa panel width in units of the local peak width
     * @param order Gauss-Legendre points per panel
     */
    SiteFamily(double a, double c, double kappa, int order) {
        SiteRule rule = new SiteRule(a, c, kappa, order);
        t = rule.t;
        base = rule.base;
        shape = rule.shape;
        zeroIndex = rule.zeroIndex;
        leftEnd = rule.leftEnd;
        rightStart = rule.rightStart;
        this.order = rule.order;
        panelMax = rule.panelMax;
        negative = new SiteTail(t, base, 0, zeroIndex, -1);
        positive = new SiteTail(t, base, zeroIndex, t.length, 1);
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
