package vcl.theory.potential;

import java.util.Arrays;
import java.util.stream.IntStream;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SingleSiteMeasure;

/**
 * The constrained site's averages over its own Gaussian field ξ ({@link CoupledSite#xiAverage}: E log Z,
 * E⟨m⟩, E⟨m⟩², E⟨m²⟩, E⟨sign m⟩) at fixed quadratic coefficient a and spread σ of ξ, as functions of
 * the mean field μ: values on the grid {@code μ_k = k·h} (k an integer) and six-point Lagrange
 * interpolation between them ({@link SixPointLagrange}). The spacing {@code h = 0.0125·√(1 + σ²)}
 * follows the smoothing by ξ: without it the averages vary on a scale of order 1 in μ (their
 * derivatives are cumulants of m ∈ [−1, 1], the steepest a tanh-like step of ⟨m⟩ at μ = 0 when a is
 * large); a spread σ ≫ 1 widens that scale to σ, and the error, of order h⁶ times the sixth
 * derivative, stays near 1e-12 (compared with the direct averages in the tests). Only the rows that
 * some field needs are computed; a grid extended by further rows keeps those it has, so a value at μ
 * does not depend on which rows were asked for before. Immutable.
 */
final class XiAverageGrid {

    /** Number of tabulated functions. */
    static final int FUNCTIONS = 5;
    /** Grid spacing without ξ spread, in units of the mean field. */
    static final double SPACING = 0.0125;
    /** Longest run of rows a grid spans (beyond it, fields far outside any physical range: no grid). */
    static final long MAX_SPAN = 1L << 22;

    private final SingleSiteMeasure measure;
    private final double a;
    private final double own;
    private final QuadratureSettings settings;
    private final double spacing;
    private final long first;
    private final double[][] rows;
    private final boolean used;

    private XiAverageGrid(SingleSiteMeasure measure, double a, double own, QuadratureSettings settings, long first,
            double[][] rows, boolean used) {
        this.measure = measure;
        this.a = a;
        this.own = own;
        this.settings = settings;
        this.spacing = SPACING * Math.sqrt(1 + own * own);
        this.first = first;
        this.rows = rows;
        this.used = used;
    }

    /** A grid at (a, σ) with no rows yet. */
    static XiAverageGrid empty(SingleSiteMeasure measure, double a, double own, QuadratureSettings settings) {
        return new XiAverageGrid(measure, a, own, settings, 0, new double[0][], true);
    }

    /**
     * Whether the evaluations that carry this grid read it; an unused grid only records that at its
     * (a, σ) the ξ averages are taken at every node.
     */
    boolean used() {
        return used;
    }

    /** This grid marked unused, without rows. */
    XiAverageGrid unused() {
        return used ? new XiAverageGrid(measure, a, own, settings, 0, new double[0][], false) : this;
    }

    /** Whether this grid tabulates the averages at quadratic coefficient a and spread own. */
    boolean isAt(double a, double own) {
        return Double.compare(a, this.a) == 0 && Double.compare(own, this.own) == 0;
    }

    /** The first row that interpolation at mean field mu reads (two to its left). */
    long lowRow(double mu) {
        return (long) Math.floor(mu / spacing) - 2;
    }

    /** The last row that interpolation at mean field mu reads (three to its right). */
    long highRow(double mu) {
        return (long) Math.floor(mu / spacing) + 3;
    }

    /**
     * The rows of the closed index ranges [low_i, high_i] that this grid has not computed yet, in
     * increasing order; null if the grid would span more than {@link #MAX_SPAN} rows (or a range is
     * not finite).
     */
    long[] missing(long[] low, long[] high) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int i = 0; i < low.length; i++) {
            lo = Math.min(lo, low[i]);
            hi = Math.max(hi, high[i]);
        }
        if (low.length == 0) {
            return new long[0];
        }
        if (rows.length > 0) {
            lo = Math.min(lo, first);
            hi = Math.max(hi, first + rows.length - 1);
        }
        if (hi - lo + 1 > MAX_SPAN || hi - lo < 0) {
            return null;
        }
        boolean[] wanted = new boolean[(int) (hi - lo + 1)];
        for (int i = 0; i < low.length; i++) {
            for (long k = low[i]; k <= high[i]; k++) {
                wanted[(int) (k - lo)] = !has(k);
            }
        }
        int count = 0;
        for (boolean w : wanted) {
            count += w ? 1 : 0;
        }
        long[] out = new long[count];
        for (int k = 0, n = 0; k < wanted.length; k++) {
            if (wanted[k]) {
                out[n++] = lo + k;
            }
        }
        return out;
    }

    /** This grid with the given rows (from {@link #missing}) computed as well, in parallel or not. */
    XiAverageGrid with(long[] added, boolean parallel) {
        if (added.length == 0) {
            return this;
        }
        long lo = rows.length > 0 ? Math.min(first, added[0]) : added[0];
        long hi = rows.length > 0 ? Math.max(first + rows.length - 1, added[added.length - 1])
                : added[added.length - 1];
        double[][] next = new double[(int) (hi - lo + 1)][];
        if (rows.length > 0) {
            System.arraycopy(rows, 0, next, (int) (first - lo), rows.length);
        }
        IntStream range = IntStream.range(0, added.length);
        (parallel ? range.parallel() : range).forEach(k -> next[(int) (added[k] - lo)] = CoupledSite.xiAverage(
                measure, a, added[k] * spacing, own, settings));
        return new XiAverageGrid(measure, a, own, settings, lo, next, true);
    }

    /**
     * The five averages at mean field mu, written to {@code out}; the rows from {@link #lowRow} to
     * {@link #highRow} of mu must have been computed. The position between rows is taken from mu
     * and its own row (not from the grid's first row, whose subtraction could round it across a row).
     *
     * @throws IllegalStateException if they were not
     */
    void at(double mu, double[] out) {
        double x = mu / spacing;
        long k = (long) Math.floor(x);
        long from = k - 2 - first;
        if (!(from >= 0 && from + 6 <= rows.length)) {
            throw new IllegalStateException("mean field " + mu + " outside the tabulated rows");
        }
        double[][] window = new double[6][];
        for (int r = 0; r < 6; r++) {
            window[r] = rows[(int) from + r];
            if (window[r] == null) {
                throw new IllegalStateException("mean field " + mu + " outside the tabulated rows");
            }
        }
        // x − k is exact for |x| ≥ 1 and may round up to 1 only for x just below 0
        SixPointLagrange.interpolate(window, 2 + Math.min(x - k, Math.nextDown(1.0)), FUNCTIONS, out);
    }

    private boolean has(long k) {
        return k >= first && k < first + rows.length && rows[(int) (k - first)] != null;
    }

    @Override
    public String toString() {
        long computed = Arrays.stream(rows).filter(r -> r != null).count();
        return "XiAverageGrid[a=" + a + ", own=" + own + ", h=" + spacing + ", rows=" + computed + "]";
    }
}
