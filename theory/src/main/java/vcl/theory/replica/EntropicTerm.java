package vcl.theory.replica;

import vcl.theory.numerics.GradedRule;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.numerics.SiteMoments;

/**
 * The entropic term {@code G_S(q̂, r̂, q̂*) = ∫Dz log Z(a, √q̂ z + r̂)}, {@code a = q̂* − q̂/2}, and the
 * moments that close the saddle point. The z rule is graded around {@code z₀ = −r̂/√q̂}, where
 * {@code b = 0} and the single-site averages switch sign over a width {@code ~1/√q̂}.
 */
public final class EntropicTerm implements EntropicSide {

    private final SingleSiteMeasure measure;
    private final QuadratureSettings settings;

    public EntropicTerm(SingleSiteMeasure measure, QuadratureSettings settings) {
        this.measure = measure;
        this.settings = settings;
    }

    public SingleSiteMeasure measure() {
        return measure;
    }

    @Override
    public String name() {
        return measure.name();
    }

    /**
     * The rule for the Gaussian average over z: graded around {@code z₀ = −r̂/√q̂} (where
     * {@code b = √q̂ z + r̂} vanishes) with first panel width {@code min(1, 1/√q̂)}.
     */
    public static QuadratureRule zRule(Conjugates conj, QuadratureSettings settings) {
        double sq = Math.sqrt(conj.qHat());
        double center = sq > 0 ? -conj.rHat() / sq : 0.0;
        double width = sq > 1 ? 1 / sq : 1.0;
        if (!Double.isFinite(center)) {
            center = 0.0;
        }
        return GradedRule.gaussian(center, width, settings.maxPanelWidth(), settings.panelDrop(), settings.zMax(),
                settings.panelOrder());
    }

    @Override
    public EntropicAverages evaluate(Conjugates conj) {
        double qHat = conj.qHat();
        double a = conj.qStarHat() - 0.5 * qHat;
        double sq = Math.sqrt(qHat);
        QuadratureRule rule = zRule(conj, settings);
        double gS = 0;
        double q = 0;
        double r = 0;
        double qs = 0;
        double p = 0;
        for (int i = 0; i < rule.size(); i++) {
            double w = rule.weight(i);
            SiteMoments m = measure.moments(a, sq * rule.node(i) + conj.rHat());
            gS += w * m.logZ();
            q += w * m.mean() * m.mean();
            r += w * m.mean();
            qs += w * m.secondMoment();
            p += w * m.meanSign();
        }
        return new EntropicAverages(gS, q, r, qs, p, p);
    }
}
