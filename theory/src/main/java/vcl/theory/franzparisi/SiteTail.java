package vcl.theory.franzparisi;

/**
 * The sums of a {@link SiteFamily} rule over the nodes near one end {@code m = σ} (σ = ±1), for
 * every linear coefficient s at once, as power series in s.
 *
 * <p>With {@code ε = 1 − σt} at a node ({@code t = tanh u}; the subtraction is exact where
 * {@code σt ≥ 1/2}) the node's term is {@code exp(b + s t) = exp(b + x)·exp(−xε)}, {@code x = σs},
 * b the node's log-weight with the s-independent part of the exponent. The nodes with
 * {@code ε ≤ 2^{−j}} form the tail of level j. When {@code |s| ≤ 2^j} every {@code |xε| ≤ 1} there, and
 * <pre>  Σ e^{b + s t} f(t) = e^{B_j + x} Σ_k (−2^{−j}x)^k M_k,   M_k = Σ e^{b − B_j} (2^j ε)^k f(t) / k!,  </pre>
 * f ∈ {1, t, t²}, {@code B_j} the largest b on the tail. The series is cut after {@code k = }{@link #ORDER}:
 * the remainder is below {@code e/(ORDER + 1)! < 3e-19} of the sum (an alternating series in the
 * worst case, whose sum is at least {@code e^{−1}} of its leading term), and its rounding error is
 * a few ulp of the sum. So one evaluation costs a fixed number of multiplications and one
 * exponential instead of one exponential per node, and reproduces the node-by-node sum to rounding.
 * The moments of every level are tabulated once, outermost nodes first (each new block of nodes
 * rescaled to the largest b so far). Immutable.
 */
final class SiteTail {

    /** Highest power of the series. */
    static final int ORDER = 18;
    private static final int TERMS = ORDER + 1;
    /** Levels j = 0 … LEVELS − 1; beyond, |s| is too large for any tail. */
    private static final int LEVELS = 64;
    /** Accumulated powers below this are dropped (their terms are below it too, as |η|, |y| ≤ 1). */
    private static final double FLUSH = 1e-280;
    /** Nodes whose weight is below this of the largest so far are left out (and so are such sums). */
    private static final double NEGLIGIBLE = -600;
    private static final double[] INVERSE_FACTORIAL = new double[TERMS];
    private static final double[] HALF_POWER = new double[TERMS];

    static {
        INVERSE_FACTORIAL[0] = 1;
        HALF_POWER[0] = 1;
        for (int k = 1; k < TERMS; k++) {
            INVERSE_FACTORIAL[k] = INVERSE_FACTORIAL[k - 1] / k;
            HALF_POWER[k] = HALF_POWER[k - 1] / 2;
        }
    }

    private final int side;
    /** Index bound of each level's tail: its first node (σ = +1) or one past its last (σ = −1). */
    private final int[] boundary;
    /** Largest log-weight on each level's tail (−∞ if empty). */
    private final double[] scale;
    /** M_k for f = 1, t, t², level-major. */
    private final double[] moments;

    /**
     * @param t the nodes' tanh u, nondecreasing
     * @param base their log-weights (the s-independent part)
     * @param from first node of this side
     * @param to one past its last node
     * @param side σ = +1 (nodes with t > 0) or −1 (t < 0)
     */
    SiteTail(double[] t, double[] base, int from, int to, int side) {
        if (side != 1 && side != -1) {
            throw new IllegalArgumentException("side must be +1 or -1: " + side);
        }
        this.side = side;
        this.boundary = new int[LEVELS];
        this.scale = new double[LEVELS];
        this.moments = new double[LEVELS * 3 * TERMS];
        // walk inward from the outermost node; ε grows along the walk. The accumulators hold
        // Σ w η^k with η = 2^j ε ≤ 1 at the current level j: going down one level halves η, an exact
        // scaling by 2^{−k} (flushed to zero far below anything that matters, never subnormal)
        int outer = side > 0 ? to - 1 : from;
        int step = -side;
        int inner = side > 0 ? from - 1 : to;
        int next = outer;
        double running = Double.NEGATIVE_INFINITY;
        double[] acc = new double[3 * TERMS];
        for (int j = LEVELS - 1; j >= 0; j--) {
            halve(acc);
            double limit = Math.scalb(1.0, -j);
            int blockStart = next;
            double blockMax = Double.NEGATIVE_INFINITY;
            while (next != inner && 1 - side * t[next] <= limit) {
                blockMax = Math.max(blockMax, base[next]);
                next += step;
            }
            if (blockStart != next) {
                double merged = Math.max(running, blockMax);
                if (running != Double.NEGATIVE_INFINITY) {
                    scaleAll(acc, running - merged < NEGLIGIBLE ? 0 : Math.exp(running - merged));
                }
                addBlock(t, base, blockStart, (next - blockStart) * step, step, side, j, merged, acc);
                running = merged;
            }
            boundary[j] = side > 0 ? next + 1 : next;
            scale[j] = running;
            store(acc, j);
        }
    }

    /*
     * The loops of the table in small methods of their own: the constructor (twice per site family)
     * then compiles once, instead of again, with its loops entered part-way, after each turn of
     * the walk's direction or of a rarely taken branch.
     */

    /** Going down one level: the accumulated powers η^k halve per power (flushed far below use). */
    private static void halve(double[] acc) {
        for (int k = 1; k < TERMS; k++) {
            for (int f = 0; f < 3; f++) {
                double m = acc[f * TERMS + k] * HALF_POWER[k];
                acc[f * TERMS + k] = Math.abs(m) < FLUSH ? 0 : m;
            }
        }
    }

    private static void scaleAll(double[] acc, double rescale) {
        for (int k = 0; k < acc.length; k++) {
            acc[k] *= rescale;
        }
    }

    /** Adds {@code count} nodes from {@code first} on, in steps of {@code step}, at level j. */
    private static void addBlock(double[] t, double[] base, int first, int count, int step, int side, int j,
            double merged, double[] acc) {
        for (int n = 0; n < count; n++) {
            int i = first + n * step;
            if (base[i] - merged < NEGLIGIBLE) {
                continue;
            }
            double eta = Math.scalb(1 - side * t[i], j);
            double p0 = Math.exp(base[i] - merged);
            double p1 = p0 * t[i];
            double p2 = p1 * t[i];
            // where t rounds to ±1 (ε = 0, |u| ≳ 19) only the constant term is left
            for (int k = 0; k < (eta == 0 ? 1 : TERMS); k++) {
                acc[k] += p0;
                acc[TERMS + k] += p1;
                acc[2 * TERMS + k] += p2;
                p0 *= eta;
                p1 *= eta;
                p2 *= eta;
            }
        }
    }

    /** The moments of level j from the accumulators. */
    private void store(double[] acc, int j) {
        for (int f = 0; f < 3; f++) {
            for (int k = 0; k < TERMS; k++) {
                moments[(j * 3 + f) * TERMS + k] = acc[f * TERMS + k] * INVERSE_FACTORIAL[k];
            }
        }
    }

    /** The lowest level whose tail serves s ({@code |s| ≤ 2^j}), or −1 if none does. */
    static int level(double s) {
        double x = Math.abs(s);
        if (x <= 1) {
            return 0;
        }
        int j = Math.getExponent(Math.nextDown(x)) + 1;
        return j < LEVELS ? j : -1;
    }

    /** First node of the tail (σ = +1) or one past its last (σ = −1) at this level; level −1: an empty tail. */
    int boundary(int level, int n) {
        if (level < 0) {
            return side > 0 ? n : 0;
        }
        return boundary[level];
    }

    /** An upper bound on {@code b + s t} over the tail at this level (−∞ if it is empty). */
    double bound(int level, double s) {
        if (level < 0 || scale[level] == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        double x = side * s;
        return scale[level] + x + Math.max(0, -x) * Math.scalb(1.0, -level);
    }

    /**
     * Adds {@code Σ e^{b + s t − max} {1, t, t²}} over the tail to {@code sums[0..2]}, and the first
     * also to {@code sums[3]} on the side m &lt; 0; nothing if the tail lies more than {@code cut} below max.
     */
    void add(int level, double s, double max, double cut, double[] sums) {
        if (bound(level, s) - max < -cut) {
            return;
        }
        double y = Math.scalb(-side * s, -level);
        int at = level * 3 * TERMS;
        double p0 = moments[at + ORDER];
        double p1 = moments[at + TERMS + ORDER];
        double p2 = moments[at + 2 * TERMS + ORDER];
        for (int k = ORDER - 1; k >= 0; k--) {
            p0 = p0 * y + moments[at + k];
            p1 = p1 * y + moments[at + TERMS + k];
            p2 = p2 * y + moments[at + 2 * TERMS + k];
        }
        double e = Math.exp(scale[level] + side * s - max);
        sums[0] += e * p0;
        sums[1] += e * p1;
        sums[2] += e * p2;
        if (side < 0) {
            sums[3] += e * p0;
        }
    }
}
