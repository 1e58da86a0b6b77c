package vcl.theory.potential;

import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SingleSiteMeasure;

/**
 * The constrained site's averages over its own Gaussian field ξ ({@link CoupledSite#xiAverage}:
 * E log Z, E⟨m⟩, E⟨m⟩², E⟨m²⟩, E⟨sign m⟩) as functions of the mean field μ at fixed quadratic
 * coefficient a and spread of ξ, tabulated on a uniform grid of spacing 0.025 and interpolated with
 * six points (the functions are smooth in μ on a scale of at least 1: their derivatives are
 * cumulants of m ∈ [−1, 1]; the error is of order 0.025⁶ times the sixth cumulant). Outside the grid
 * a value is computed directly. Used where the same (a, spread) serves many fields: the site term
 * around a one-step reference. Immutable.
 */
final class SiteTable {

    /** Number of tabulated functions. */
    static final int FUNCTIONS = 5;
    private static final double SPACING = 0.025;
    private static final int MAX_NODES = 400_000;

    private final SingleSiteMeasure measure;
    private final double a;
    private final double own;
    private final QuadratureSettings settings;
    private final double lower;
    private final double[][] values;

    private SiteTable(SingleSiteMeasure measure, double a, double own, QuadratureSettings settings, double lower,
            double[][] values) {
        this.measure = measure;
        this.a = a;
        this.own = own;
        this.settings = settings;
        this.lower = lower;
        this.values = values;
    }

    /** The table covering mean fields in [lower, upper]. */
    static SiteTable of(SingleSiteMeasure measure, double a, double own, double lower, double upper,
            QuadratureSettings settings, boolean parallel) {
        double lo = lower - 3 * SPACING;
        double span = (upper - lower) / SPACING;
        // a range beyond any physical field (an iterate far out): every value computed directly
        int n = span >= 0 && span < MAX_NODES ? Math.max(6, (int) Math.ceil(span) + 7) : 0;
        double[][] values = new double[n][];
        java.util.stream.IntStream range = java.util.stream.IntStream.range(0, n);
        (parallel ? range.parallel() : range).forEach(k -> values[k] = CoupledSite.xiAverage(measure, a,
                lo + k * SPACING, own, settings));
        return new SiteTable(measure, a, own, settings, lo, values);
    }

    /** The five averages at mean field mu, written to {@code out}. */
    void at(double mu, double[] out) {
        if (!SixPointLagrange.interpolate(values, (mu - lower) / SPACING, FUNCTIONS, out)) {
            System.arraycopy(CoupledSite.xiAverage(measure, a, mu, own, settings), 0, out, 0, FUNCTIONS);
        }
    }
}
