package vcl.theory.potential;

import java.util.stream.IntStream;
import vcl.theory.numerics.NumericalLimitException;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SingleSiteMeasure;

/**
 * The site term around a one-step reference (docs/theory-potential.md section 10): the reference
 * site at (z0, z1) with z1 drawn from its block law and m1 from its single-site law, the constrained
 * site with
 * <pre>
 *   exp(a m² + b m + g(m)),  a = q̂* − q̂/2,
 *   b = (p̂0/√q̂0) z0 + ((p̂1 − p̂0)/√(q̂1 − q̂0)) z1 + √(q̂ − p̂0²/q̂0 − (p̂1 − p̂0)²/(q̂1 − q̂0)) ξ + r̂ + (d̂ − p̂1) m1,
 * </pre>
 * and {@code G_S = E_{z0} E_{z1} E_{m1} E_ξ log Z(a, b)}; the images ({@link RsbCoupledAverages}),
 * p1 and p0 as the derivatives of this discrete sum in p̂1 and p̂0 (on the reduced block rule the
 * integration by parts that turns them into overlaps is not exact, and the Lagrange field
 * {@code ε = −dV/dd} needs the images to be the derivatives of the V actually computed).
 * The ξ average as in {@link CoupledSite#xiAverage}, tabulated in the mean field for each
 * evaluation ({@link SiteTable}: a and the spread of ξ are the same at every node); the z0 nodes are
 * parallel, summed in a fixed order. Immutable.
 */
public final class RsbCoupledSite {

    private final SingleSiteMeasure measure;
    private final RsbReferenceSites reference;
    private final QuadratureSettings settings;
    private final boolean parallel;

    RsbCoupledSite(SingleSiteMeasure measure, RsbReferenceSites reference, QuadratureSettings settings,
            boolean parallel) {
        this.measure = measure;
        this.reference = reference;
        this.settings = settings;
        this.parallel = parallel;
    }

    /** The averages at the given conjugates; throws if the constrained site's own field has negative variance. */
    public RsbCoupledAverages evaluate(RsbCoupledConjugates c) {
        RsbReferenceSites ref = reference;
        double shared0 = c.p0Hat() / Math.sqrt(ref.qHat0);
        double own2 = c.qHat() - c.p0Hat() * shared0 / Math.sqrt(ref.qHat0);
        double shared1;
        if (ref.spreadHat > 0) {
            shared1 = (c.p1Hat() - c.p0Hat()) / ref.spreadHat;
            own2 -= shared1 * shared1;
        } else if (Math.abs(c.p1Hat() - c.p0Hat()) <= 1e-12 * Math.max(1, Math.abs(c.p0Hat()))) {
            shared1 = 0;
        } else {
            throw new NumericalLimitException("p1^ != p0^ around a reference without block spread: " + c);
        }
        if (!(own2 >= -1e-12 * Math.max(1, c.qHat()))) {
            throw new NumericalLimitException("site field variance " + own2 + " < 0 at " + c);
        }
        double own = Math.sqrt(Math.max(0, own2));
        double coupling = c.dHat() - c.p1Hat();
        double a = c.qStarHat() - 0.5 * c.qHat();
        int n = ref.z.length;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < ref.block[i].size(); k++) {
                double base = shared0 * ref.z[i] + c.rHat() + shared1 * ref.block[i].z[k];
                for (double m1 : ref.m1[i][k]) {
                    lo = Math.min(lo, base + coupling * m1);
                    hi = Math.max(hi, base + coupling * m1);
                }
            }
        }
        SiteTable table = SiteTable.of(measure, a, own, lo, hi, settings, parallel);
        double[][] slots = new double[n][];
        IntStream range = IntStream.range(0, n);
        (parallel ? range.parallel() : range).forEach(i -> slots[i] = atZ(i, table, shared0 * ref.z[i] + c.rHat(),
                shared1, coupling));
        double[] t = new double[12];
        for (double[] slot : slots) {
            for (int k = 0; k < t.length; k++) {
                t[k] += slot[k];
            }
        }
        double p1 = t[4];
        double p0 = t[5];
        double x = ref.x;
        if (ref.spreadHat > 0 && x < 1) {
            // the derivatives of the discrete sum itself (p̂1, p̂0 enter only b and the spread of ξ):
            // ∂G_S/∂p̂1 = E[(z1/ŝ − m1)⟨m⟩] − (shared1/ŝ) E[Var m],
            // ∂G_S/∂p̂0 = E[(z0/√q̂0 − z1/ŝ)⟨m⟩] + (shared1/ŝ − p̂0/q̂0) E[Var m]
            double variance = t[11];
            double dp1Hat = t[10] / ref.spreadHat - t[6] - shared1 / ref.spreadHat * variance;
            double dp0Hat = t[9] / Math.sqrt(ref.qHat0) - t[10] / ref.spreadHat
                    + (shared1 / ref.spreadHat - c.p0Hat() / ref.qHat0) * variance;
            p1 = -dp1Hat / (1 - x);
            p0 = -dp0Hat / x;
        }
        return new RsbCoupledAverages(t[0], t[1], t[2], t[3], p1, p0, t[6], t[7], t[8]);
    }

    /**
     * One z0 node, weight included: {G_S, q, r, q*, p1, p0 (both by integration by parts in z1),
     * d, χ_d, pSign, E[z0⟨m⟩], E[z1⟨m⟩], E[Var m]}.
     */
    private double[] atZ(int i, SiteTable table, double offset, double shared1, double coupling) {
        RsbReferenceSites ref = reference;
        double wz = ref.zWeight[i];
        BlockRule block = ref.block[i];
        double[] out = new double[12];
        double meanOverBlock = 0;
        double[] xi = new double[SiteTable.FUNCTIONS];
        for (int k = 0; k < block.size(); k++) {
            double[] m1 = ref.m1[i][k];
            double[] w1 = ref.weight[i][k];
            double base = offset + shared1 * block.z[k];
            double wb = wz * block.weight[k];
            double meanAtZ1 = 0;
            for (int j = 0; j < m1.length; j++) {
                table.at(base + coupling * m1[j], xi);
                double w = wb * w1[j];
                out[0] += w * xi[0];
                out[1] += w * xi[2];
                out[2] += w * xi[1];
                out[3] += w * xi[3];
                out[6] += w * m1[j] * xi[1];
                out[7] += w * m1[j] * m1[j] * (xi[3] - xi[2]);
                out[8] += w * xi[4];
                out[9] += w * ref.z[i] * xi[1];
                out[10] += w * block.z[k] * xi[1];
                out[11] += w * (xi[3] - xi[2]);
                meanAtZ1 += w1[j] * xi[1];
            }
            out[4] += wb * ref.mean[i][k] * meanAtZ1;
            meanOverBlock += block.weight[k] * meanAtZ1;
        }
        out[5] = wz * ref.blockMean[i] * meanOverBlock;
        return out;
    }
}
