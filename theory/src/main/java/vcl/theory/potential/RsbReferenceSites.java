package vcl.theory.potential;

import vcl.theory.numerics.QuadratureRule;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.EntropicTerm;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SingleSiteMeasure;
import vcl.theory.rsb.RsbState;

/**
 * The sites of a one-step reference for the coupled site measure (docs/theory-potential.md section
 * 10): the common field z0 on the entropic rule of {@code q̂0} ({@link EntropicTerm#zRule}), at every
 * z0 the block field z1 of replica 1's block on the rule of its law
 * {@code Dz1 Z1(a1, b1)^x / ∫Dz1 Z1^x} ({@link BlockRule}, graded and split where {@code b1 = 0}, k points on each side),
 * {@code a1 = q̂* − q̂1/2}, {@code b1 = √q̂0 z0 + √(q̂1 − q̂0) z1 + r̂}, and at every (z0, z1) the
 * reference mean m1 on the 24-point rule of its single-site law ({@link ReferenceSites#law}), with
 * its mean {@code ⟨m1⟩} and the block mean {@code m̄1(z0) = E_{z1}⟨m1⟩}. Immutable.
 */
final class RsbReferenceSites {

    final double x;
    final double qHat0;
    final double spreadHat;
    final double[] z;
    final double[] zWeight;
    final BlockRule[] block;
    final double[][][] m1;
    final double[][][] weight;
    final double[][] mean;
    final double[] blockMean;

    RsbReferenceSites(SingleSiteMeasure measure, RsbState reference, int blockPoints, QuadratureSettings settings) {
        this.x = reference.x();
        this.qHat0 = reference.q0Hat();
        this.spreadHat = Math.sqrt(reference.q1Hat() - qHat0);
        QuadratureRule rule = EntropicTerm.zRule(new Conjugates(qHat0, reference.rHat(), reference.qStarHat()),
                settings);
        this.z = rule.nodes();
        this.zWeight = rule.weights();
        int n = z.length;
        this.block = new BlockRule[n];
        this.m1 = new double[n][][];
        this.weight = new double[n][][];
        this.mean = new double[n][];
        this.blockMean = new double[n];
        double a1 = reference.qStarHat() - 0.5 * reference.q1Hat();
        double sq0 = Math.sqrt(qHat0);
        // log Z1 changes by at most |b1| per unit field and has its feature (the sign of m1) at b1 = 0
        // with a width of order 1: panels at most 1/spread wide in z1
        double cap = spreadHat > 0 ? Math.max(0.02, Math.min(1, 1 / spreadHat)) : 1;
        // |∂ log Z1/∂z1| = spread·|⟨m1⟩| ≤ spread: the tilt moves the law's mass by at most x·spread
        double zMax = settings.zMax();
        double pull = x * spreadHat;
        for (int i = 0; i < n; i++) {
            double b0 = sq0 * z[i] + reference.rHat();
            block[i] = spreadHat > 0
                    ? BlockRule.of(t -> measure.moments(a1, b0 + spreadHat * t).logZ(), x, -zMax - pull, zMax + pull,
                            -b0 / spreadHat, Math.min(1, 1 / spreadHat), cap, blockPoints, new double[] {-b0 / spreadHat}, settings)
                    : BlockRule.degenerate(measure.moments(a1, b0).logZ(), x);
            int k = block[i].size();
            m1[i] = new double[k][];
            weight[i] = new double[k][];
            mean[i] = new double[k];
            double bm = 0;
            for (int b = 0; b < k; b++) {
                double[][] law = ReferenceSites.law(measure, a1, b0 + spreadHat * block[i].z[b]);
                m1[i][b] = law[0];
                weight[i][b] = law[1];
                mean[i][b] = law[2][0];
                bm += block[i].weight[b] * mean[i][b];
            }
            blockMean[i] = bm;
        }
    }

    /** The reference's own 1RSB entropic term {@code ∫Dz0 (1/x) log ∫Dz1 Z1^x} on these rules. */
    double referenceEntropic() {
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            sum += zWeight[i] * block[i].logNorm / x;
        }
        return sum;
    }
}
