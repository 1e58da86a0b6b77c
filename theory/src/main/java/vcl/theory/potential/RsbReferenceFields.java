package vcl.theory.potential;

import vcl.theory.numerics.GaussianTail;
import vcl.theory.numerics.GradedRule;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.rsb.RsbState;

/**
 * The fields of a one-step reference for the joint energetic term (docs/theory-potential.md
 * section 10): the common part {@code u0 = √q0 z0} on a Gaussian rule graded around 0 (width
 * {@code min(1, 1/ω, s1/√q0)}, {@code ω = r/√(q0 − r²)}), at every z0 the block field
 * {@code u1 = √(q1 − q0) z1} of replica 1's block on the rule of its law
 * {@code Dz1 K1(y)^x / ∫Dz1 K1^x}, {@code y = u0 + u1} ({@link BlockRule}), and at every (z0, z1) the
 * reference replica's own field {@code λ1 = y + c1 x1} on the 24-point rule of its tilted law
 * {@code Dx1 H(−λ1/s1)^β / K1(y)} ({@link TiltedRule}), with the Mills ratios {@code M1}, their
 * tilted mean {@code ⟨M⟩1} at (z0, z1) and its block mean {@code Ē(z0) = E_{z1}⟨M⟩1}. The teacher
 * field is {@code v = κ z0 + σ_t t}, {@code κ = r/√q0}. Immutable.
 */
final class RsbReferenceFields {

    final double x;
    final double q0;
    final double spread;
    final double c1;
    final double s1;
    final double kappa;
    final double sigmaT;
    final double omega;
    final double[] z;
    final double[] zWeight;
    final BlockRule[] block;
    final TiltedRule[][] own;
    final double[][] meanMills;
    final double[] blockMills;

    RsbReferenceFields(double beta, RsbState reference, int blockPoints, QuadratureSettings settings) {
        this.x = reference.x();
        this.q0 = reference.q0();
        this.spread = Math.sqrt(reference.q1() - q0);
        this.c1 = Math.sqrt(reference.qStar() - reference.q1());
        this.s1 = Math.sqrt(1 - reference.qStar());
        double r = reference.r();
        this.kappa = r / Math.sqrt(q0);
        this.sigmaT = Math.sqrt(1 - kappa * kappa);
        this.omega = r / Math.sqrt(q0 - r * r);
        double width = Math.min(1.0, Math.min(1.0 / Math.max(Math.abs(omega), 1e-300), s1 / Math.sqrt(q0)));
        QuadratureRule rule = GradedRule.gaussian(0.0, width, settings.maxPanelWidth(), settings.panelDrop(),
                settings.zMax(), settings.panelOrder());
        this.z = rule.nodes();
        this.zWeight = rule.weights();
        int n = z.length;
        this.block = new BlockRule[n];
        this.own = new TiltedRule[n][];
        this.meanMills = new double[n][];
        this.blockMills = new double[n];
        double sq0 = Math.sqrt(q0);
        // the edge of K1 in y has a width of order √(1 − q1); where y < 0, log K1 falls like
        // −β y²/(2(1 − q1)), so the law of z1 is at most 1/√(1 + xβ spread²/(1 − q1)) wide: panels
        // no wider than either
        double edge = Math.sqrt(1 - reference.q1());
        double lawWidth = 1 / Math.sqrt(1 + x * beta * spread * spread / (1 - reference.q1()));
        double zMax = settings.zMax();
        double cap = spread > 0 ? Math.max(0.02, Math.min(1, Math.min(edge / spread, lawWidth))) : 1;
        for (int i = 0; i < n; i++) {
            double y0 = sq0 * z[i];
            if (spread > 0) {
                // log K1 is concave with slope β⟨M⟩1/s1: for z1 ≥ 0 the tilt pulls the law up by at
                // most x·spread times the slope at y0
                TiltedRule atY0 = TiltedRule.of(beta, y0, c1, s1, settings);
                double slope = 0;
                for (int j = 0; j < atY0.size(); j++) {
                    slope += atY0.weight[j] * atY0.mills[j];
                }
                double pull = Math.min(Math.max(0, -y0 / spread), x * spread * beta * slope / s1);
                block[i] = BlockRule.of(t -> logK1(beta, y0 + spread * t, settings), x, -zMax, zMax + pull,
                        -y0 / spread, Math.min(1, edge / spread), cap, blockPoints, new double[0], settings);
            } else {
                block[i] = BlockRule.degenerate(logK1(beta, y0, settings), x);
            }
            int k = block[i].size();
            own[i] = new TiltedRule[k];
            meanMills[i] = new double[k];
            double e = 0;
            for (int b = 0; b < k; b++) {
                double y = y0 + spread * block[i].z[b];
                own[i][b] = TiltedRule.of(beta, y, c1, s1, settings).reduced(ReferenceFields.GAUSS_POINTS, y, c1, s1);
                double m = 0;
                for (int j = 0; j < own[i][b].size(); j++) {
                    m += own[i][b].weight[j] * own[i][b].mills[j];
                }
                meanMills[i][b] = m;
                e += block[i].weight[b] * m;
            }
            blockMills[i] = e;
        }
    }

    private double logK1(double beta, double y, QuadratureSettings settings) {
        return TiltedRule.of(beta, y, c1, s1, settings).logK;
    }

    /**
     * The reference's own 1RSB energetic term {@code 2∫Dz0 H(−ω z0) (1/x) log ∫Dz1 K1^x} on these
     * rules (the unconstrained point's check).
     */
    double referenceEnergetic() {
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            sum += 2 * zWeight[i] * GaussianTail.value(-omega * z[i]) * block[i].logNorm / x;
        }
        return sum;
    }
}
