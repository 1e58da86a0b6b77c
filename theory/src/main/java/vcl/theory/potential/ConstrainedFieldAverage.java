package vcl.theory.potential;

import vcl.theory.numerics.GaussHermite;
import vcl.theory.numerics.GaussianTail;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.replica.QuadratureSettings;

/**
 * The constrained replica's part of the joint energetic term at one node of the reference's fields
 * (docs/theory-potential.md section 3): with the constrained common field {@code h = m + ρt + τη}
 * (m the part fixed by the reference's fields, t the teacher's own part, η the constrained replica's
 * own part), the tabulated functions of {@link ChannelTable} averaged over {@code g = (ρt + τη)/σ_h}
 * with the teacher's probability of a positive label given z and g,
 * {@code H(−(κzσ_h + σ_tρg)/(σ_tτ))}, and the δ(v) slope {@code E_η[L'(m + ρt0 + τη)]}. The g rule
 * is graded at the teacher's step and the edge of log K; where the whole g range is narrower than
 * a twentieth of that edge one rule serves every m at the same z ({@link #shared}), and a spread
 * narrower still is averaged by a 10-point Gauss-Hermite rule. Immutable; shared by the replica-
 * symmetric and the one-step reference.
 */
final class ConstrainedFieldAverage {

    /** A Gaussian spread below this fraction of the edge width of log K over the whole range: Gauss-Hermite. */
    static final double NARROW = 0.05;
    private static final QuadratureRule HERMITE = GaussHermite.rule(10);

    private final double sigmaT;
    private final QuadratureSettings settings;

    ConstrainedFieldAverage(double sigmaT, QuadratureSettings settings) {
        this.sigmaT = sigmaT;
        this.settings = settings;
    }

    /** The rule and teacher weights shared by every m at one z, or null where the g rule depends on m. */
    Shared shared(double kz, double sigmaH, double rho, double tau, double edge) {
        if (!(sigmaH >= 1e-13 && sigmaH * settings.zMax() < NARROW * edge)) {
            return null;
        }
        QuadratureRule rule = rho != 0 ? GaussianPanels.graded(-kz * sigmaH / (sigmaT * rho), tau / Math.abs(rho),
                settings) : HERMITE;
        double[] teacher = new double[rule.size()];
        for (int k = 0; k < rule.size(); k++) {
            teacher[k] = rule.weight(k) * teacher(kz, sigmaH, rho, tau, rule.node(k));
        }
        return new Shared(rule, teacher);
    }

    /**
     * The five functions of the table averaged over g with the teacher's weight, at m, into
     * {@code avg} ({@code f} is scratch).
     */
    void average(ChannelTable table, double m, double kz, double sigmaH, double rho, double tau, double edge,
            Shared shared, double[] f, double[] avg) {
        java.util.Arrays.fill(avg, 0);
        if (sigmaH < 1e-13) {
            table.at(m, f);
            double teacher = GaussianTail.value(-kz / sigmaT);
            for (int k = 0; k < avg.length; k++) {
                avg[k] = teacher * f[k];
            }
        } else if (shared != null) {
            for (int k = 0; k < shared.rule.size(); k++) {
                if (shared.teacher[k] == 0) {
                    continue;
                }
                table.at(m + sigmaH * shared.rule.node(k), f);
                for (int l = 0; l < avg.length; l++) {
                    avg[l] += shared.teacher[k] * f[l];
                }
            }
        } else {
            QuadratureRule g = rho != 0
                    ? GaussianPanels.twoCentres(-kz * sigmaH / (sigmaT * rho), tau / Math.abs(rho),
                            -m / sigmaH, edge / sigmaH, settings)
                    : GaussianPanels.graded(-m / sigmaH, edge / sigmaH, settings);
            for (int k = 0; k < g.size(); k++) {
                double gk = g.node(k);
                double teacher = teacher(kz, sigmaH, rho, tau, gk);
                if (teacher == 0) {
                    continue;
                }
                table.at(m + sigmaH * gk, f);
                double w = g.weight(k) * teacher;
                for (int l = 0; l < avg.length; l++) {
                    avg[l] += w * f[l];
                }
            }
        }
    }

    /** The teacher's probability of a positive label given z and g. */
    double teacher(double kz, double sigmaH, double rho, double tau, double g) {
        double num = kz * sigmaH + sigmaT * rho * g;
        return tau > 0 ? GaussianTail.value(-num / (sigmaT * tau)) : (num > 0 ? 1 : 0);
    }

    /** {@code E_η[L'(center + τη)]}, the slope of log K averaged over the constrained field's own part. */
    double deltaSlope(ChannelTable table, double center, double tau, double edge, double[] f) {
        if (tau < 1e-13) {
            return table.slope(center, f);
        }
        QuadratureRule eta = tau * settings.zMax() < NARROW * edge ? HERMITE
                : GaussianPanels.graded(-center / tau, edge / tau, settings);
        double sum = 0;
        for (int k = 0; k < eta.size(); k++) {
            sum += eta.weight(k) * table.slope(center + tau * eta.node(k), f);
        }
        return sum;
    }

    /** A g rule with the teacher's weights folded in. */
    record Shared(QuadratureRule rule, double[] teacher) {
    }
}
