package vcl.theory.potential;

import java.util.stream.IntStream;
import vcl.theory.numerics.GaussHermite;
import vcl.theory.numerics.NumericalLimitException;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.numerics.SiteMoments;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SingleSiteMeasure;

/**
 * The site term of the Franz-Parisi potential (docs/theory-potential.md section 4): the reference
 * site m1 drawn from its task-1 single-site measure at field z, the constrained site with
 * <pre>
 *   exp(a m² + b m + g(m)),  a = q̂* − q̂/2,
 *   b = (p̂/√q̂1) z + √(q̂ − p̂²/q̂1) ξ + r̂ + (d̂ − p̂) m1,
 * </pre>
 * and {@code G_S = E_z E_{m1|z} E_ξ log Z(a, b)}; the images of the saddle point
 * ({@link CoupledAverages}). The ξ average is a Gaussian rule graded where b = 0 (width
 * {@code 1/√(q̂ − p̂²/q̂1)}), or a 10-point Gauss-Hermite rule when that field's width is below 0.05
 * (log Z and its moments vary on a scale of order 1 in b, so the rule is then exact to far below
 * rounding). Since a and the spread of ξ are the same at every node of one evaluation (and while
 * only d̂ moves), the ξ averages are tabulated in the mean field ({@link XiAverageGrid}) and
 * interpolated at the (z, m1) nodes wherever the rows the grid lacks are at most twice the nodes;
 * the z nodes are parallel, summed in a fixed order. Immutable.
 */
public final class CoupledSite {

    /** Below this width of the constrained site's own field (features of log Z have width ~1), Gauss-Hermite. */
    private static final double NARROW = 0.05;
    private static final QuadratureRule HERMITE = GaussHermite.rule(10);

    private final SingleSiteMeasure measure;
    private final ReferenceSites reference;
    private final double qHat1;
    private final QuadratureSettings settings;
    private final boolean parallel;
    private final XiRule rule;

    CoupledSite(SingleSiteMeasure measure, ReferenceSites reference, double qHat1, QuadratureSettings settings,
            boolean parallel, XiRule rule) {
        this.measure = measure;
        this.reference = reference;
        this.qHat1 = qHat1;
        this.settings = settings;
        this.parallel = parallel;
        this.rule = rule;
    }

    /** How the ξ averages of one evaluation are taken. */
    enum XiRule {
        /** On a grid in the mean field where that is cheaper ({@link XiAverageGrid}). */
        TABULATED,
        /** At every (z, m1) node. */
        AT_EVERY_NODE
    }

    /** Site averages with the grid of ξ averages to carry to the next evaluation at the same (a, spread). */
    record Tabulated(CoupledAverages averages, XiAverageGrid grid) {
    }

    /** The five ξ averages at mean field mu into out. */
    private interface XiSource {
        void at(double mu, double[] out);
    }

    /**
     * The averages at the given conjugates (the ξ averages on a new grid or at every node, as in
     * {@link #evaluate(CoupledConjugates, XiAverageGrid)}); throws if {@code q̂ < p̂²/q̂1} (no real
     * Gaussian field).
     */
    public CoupledAverages evaluate(CoupledConjugates c) {
        return evaluate(c, null).averages();
    }

    /**
     * The averages at c with the ξ averages of a grid from an earlier evaluation at the same a and
     * spread of ξ (null, or one at another (a, spread): a new grid), extended by the rows this one
     * needs; the grid to pass to the next evaluation is returned with the averages. The grid is
     * read where the rows it lacks are at most twice the (z, m1) nodes (each row costs what one node
     * costs without a grid); otherwise the ξ average is taken at every node. A new grid refused so is
     * returned unused, and every later evaluation with it takes the ξ average at every node too, so
     * that one sequence of evaluations (the Newton iteration of d̂) sees one function of d̂ except
     * at a trial step far out; with {@link XiRule#AT_EVERY_NODE} no grid is read.
     */
    Tabulated evaluate(CoupledConjugates c, XiAverageGrid previous) {
        double own2 = c.qHat() - c.pHat() * c.pHat() / qHat1;
        if (!(own2 >= -1e-12 * Math.max(1, c.qHat()))) {
            throw new NumericalLimitException("site field variance q^ - p^^2/q1^ = " + own2 + " < 0 at " + c);
        }
        double own = Math.sqrt(Math.max(0, own2));
        double shared = c.pHat() / Math.sqrt(qHat1);
        double coupling = c.dHat() - c.pHat();
        double a = c.qStarHat() - 0.5 * c.qHat();
        boolean carried = previous != null && previous.isAt(a, own);
        XiAverageGrid grid = carried ? previous : XiAverageGrid.empty(measure, a, own, settings);
        if (rule == XiRule.TABULATED && grid.used()) {
            int n = reference.z.length;
            long[] low = new long[n];
            long[] high = new long[n];
            long nodes = 0;
            for (int i = 0; i < n; i++) {
                double offset = shared * reference.z[i] + c.rHat();
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (double m1 : reference.m1[i]) {
                    double mu = offset + coupling * m1;
                    lo = Math.min(lo, mu);
                    hi = Math.max(hi, mu);
                }
                low[i] = grid.lowRow(lo);
                high[i] = grid.highRow(hi);
                nodes += reference.m1[i].length;
            }
            long[] missing = grid.missing(low, high);
            if (missing != null && missing.length <= 2 * nodes) {
                XiAverageGrid table = grid.with(missing, parallel);
                return new Tabulated(sum(c, shared, coupling, table::at), table);
            }
            if (!carried) {
                grid = grid.unused();
            }
        } else if (!carried) {
            grid = grid.unused();
        }
        return new Tabulated(sum(c, shared, coupling, (mu, out) -> System.arraycopy(
                xiAverage(measure, a, mu, own, settings), 0, out, 0, XiAverageGrid.FUNCTIONS)), grid);
    }

    /** The averages with the ξ averages at every node taken directly (no grid). */
    CoupledAverages evaluateAtEveryNode(CoupledConjugates c) {
        return new CoupledSite(measure, reference, qHat1, settings, parallel, XiRule.AT_EVERY_NODE).evaluate(c);
    }

    private CoupledAverages sum(CoupledConjugates c, double shared, double coupling, XiSource xi) {
        int n = reference.z.length;
        double[][] slots = new double[n][];
        IntStream range = IntStream.range(0, n);
        (parallel ? range.parallel() : range).forEach(i -> slots[i] = atZ(i, shared * reference.z[i] + c.rHat(),
                coupling, xi));
        double[] t = new double[8];
        for (double[] slot : slots) {
            for (int k = 0; k < t.length; k++) {
                t[k] += slot[k];
            }
        }
        return new CoupledAverages(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]);
    }

    private double[] atZ(int i, double offset, double coupling, XiSource source) {
        double[] m1 = reference.m1[i];
        double[] w1 = reference.weight[i];
        double wz = reference.zWeight[i];
        double[] out = new double[8];
        double[] xi = new double[XiAverageGrid.FUNCTIONS];
        double meanAtZ = 0;
        for (int j = 0; j < m1.length; j++) {
            source.at(offset + coupling * m1[j], xi);
            double logZ = xi[0];
            double mean = xi[1];
            double meanSq = xi[2];
            double second = xi[3];
            double sign = xi[4];
            double w = wz * w1[j];
            out[0] += w * logZ;
            out[1] += w * meanSq;
            out[2] += w * mean;
            out[3] += w * second;
            out[5] += w * m1[j] * mean;
            out[6] += w * m1[j] * m1[j] * (second - meanSq);
            out[7] += w * sign;
            meanAtZ += w1[j] * mean;
        }
        out[4] = wz * reference.mean[i] * meanAtZ;
        return out;
    }

    /**
     * The constrained site's averages over its own Gaussian field ξ at quadratic coefficient a and
     * mean field mu: {E log Z, E⟨m⟩, E⟨m⟩², E⟨m²⟩, E⟨sign m⟩}; the ξ rule graded where the field
     * vanishes, or Gauss-Hermite when own is below 0.05.
     *
     * @throws NumericalLimitException if log Z is not finite
     */
    static double[] xiAverage(SingleSiteMeasure measure, double a, double mu, double own, QuadratureSettings settings) {
        double logZ = 0;
        double mean = 0;
        double meanSq = 0;
        double second = 0;
        double sign = 0;
        if (own < 1e-13) {
            SiteMoments m = measure.moments(a, mu);
            logZ = m.logZ();
            mean = m.mean();
            meanSq = mean * mean;
            second = m.secondMoment();
            sign = m.meanSign();
        } else {
            QuadratureRule xi = own < NARROW ? HERMITE : GaussianPanels.graded(-mu / own, 1 / own, settings);
            for (int k = 0; k < xi.size(); k++) {
                double w = xi.weight(k);
                SiteMoments m = measure.moments(a, mu + own * xi.node(k));
                logZ += w * m.logZ();
                mean += w * m.mean();
                meanSq += w * m.mean() * m.mean();
                second += w * m.secondMoment();
                sign += w * m.meanSign();
            }
        }
        if (!Double.isFinite(logZ)) {
            throw new NumericalLimitException("site log Z not finite at a = " + a + ", b = " + mu);
        }
        return new double[] {logZ, mean, meanSq, second, sign};
    }
}
