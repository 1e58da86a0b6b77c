package vcl.theory.potential;

import vcl.theory.numerics.GradedRule;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.QuadratureSettings;

/**
 * The reference's fields for the joint energetic term, fixed by the task-1 order parameters
 * (q1, r1, q1*): the common part {@code u = √q1 z} of the reference replicas' fields on a Gaussian
 * rule in z graded around 0 (width {@code min(1, 1/ω1, s1/√q1)}, as in the task-1 energetic term),
 * and at every z the reference replica's own field {@code λ1 = u + c1 x1} on the rule of its tilted
 * measure {@code Dx1 H(−λ1/s1)^β / K1(u)} ({@link TiltedRule}), with the Mills ratio
 * {@code M(−λ1/s1)} at each node and {@code ⟨M⟩1}, so that {@code ∂_u log K1 = β⟨M⟩1/s1}.
 * The teacher field is {@code v = κ z + σ_t t}, {@code κ = r1/√q1}, {@code σ_t = √(1 − κ²)}.
 * Immutable.
 */
final class ReferenceFields {

    /** Points of the Gauss rule of the reference's tilted x1 law at each z. */
    static final int GAUSS_POINTS = 24;

    final double q1;
    final double c1;
    final double s1;
    final double kappa;
    final double sigmaT;
    final double[] z;
    final double[] zWeight;
    final TiltedRule[] own;
    final double[] meanMills;

    ReferenceFields(double beta, OrderParameters reference, QuadratureSettings settings) {
        this.q1 = reference.q();
        this.c1 = Math.sqrt(reference.qStar() - q1);
        this.s1 = Math.sqrt(1 - reference.qStar());
        double r1 = reference.r();
        this.kappa = r1 / Math.sqrt(q1);
        this.sigmaT = Math.sqrt(1 - kappa * kappa);
        double omega = r1 / Math.sqrt(q1 - r1 * r1);
        double width = Math.min(1.0, Math.min(1.0 / Math.max(Math.abs(omega), 1e-300), s1 / Math.sqrt(q1)));
        QuadratureRule rule = GradedRule.gaussian(0.0, width, settings.maxPanelWidth(), settings.panelDrop(),
                settings.zMax(), settings.panelOrder());
        this.z = rule.nodes();
        this.zWeight = rule.weights();
        this.own = new TiltedRule[z.length];
        this.meanMills = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            own[i] = TiltedRule.of(beta, Math.sqrt(q1) * z[i], c1, s1, settings)
                    .reduced(GAUSS_POINTS, Math.sqrt(q1) * z[i], c1, s1);
            double m = 0;
            for (int j = 0; j < own[i].size(); j++) {
                m += own[i].weight[j] * own[i].mills[j];
            }
            meanMills[i] = m;
        }
    }
}
