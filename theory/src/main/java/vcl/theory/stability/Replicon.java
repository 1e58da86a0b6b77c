package vcl.theory.stability;

import vcl.theory.numerics.SiteMoments;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.EntropicTerm;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SingleSiteMeasure;

/**
 * The replicon eigenvalue of the task-1 replica-symmetric saddle point,
 * <pre>  λ_R = 1 − α · E_out · E_in,   E_in = ∫Dz [⟨m²⟩ − ⟨m⟩²]²  </pre>
 * (single-site averages at {@code a = q̂* − q̂/2}, {@code b = √q̂ z + r̂}; E_out from
 * {@link ChannelCurvature}). The saddle point is stable against replica-symmetry breaking while
 * λ_R > 0; the de Almeida–Thouless line is λ_R = 0. Derivation: docs/theory-beyond.md.
 */
public final class Replicon {

    private final SingleSiteMeasure measure;
    private final ChannelCurvature channel;
    private final QuadratureSettings settings;

    public Replicon(double beta, SingleSiteMeasure measure, QuadratureSettings settings) {
        this.measure = measure;
        this.channel = new ChannelCurvature(beta);
        this.settings = settings;
    }

    /** λ_R at a solved saddle point of load α. */
    public double eigenvalue(double alpha, OrderParameters op, Conjugates conj) {
        return 1 - alpha * channel.value(op) * siteFactor(conj);
    }

    /** E_in = ∫Dz (variance of m under the single-site measure)². */
    public double siteFactor(Conjugates conj) {
        QuadratureRule rule = EntropicTerm.zRule(conj, settings);
        double a = conj.qStarHat() - 0.5 * conj.qHat();
        double sq = Math.sqrt(conj.qHat());
        double sum = 0;
        for (int i = 0; i < rule.size(); i++) {
            SiteMoments m = measure.moments(a, sq * rule.node(i) + conj.rHat());
            double v = m.variance();
            sum += rule.weight(i) * v * v;
        }
        return sum;
    }
}
