package vcl.theory.franzparisi;

import java.util.ArrayList;
import java.util.List;
import vcl.theory.numerics.GaussLegendre;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.numerics.SiteMoments;
import vcl.theory.prior.Priors;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.EntropicTerm;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SingleSiteMeasure;

/**
 * The fluctuations of the task-2 site measure ({@link FranzParisiMeasure}) over its disorder
 * (B, m1, x): the averages {@code E[v]} and {@code E[v²]} of its variance {@code v = ⟨m²⟩ − ⟨m⟩²}.
 * {@code E[v²]} is the site factor of the task-2 replicon; {@code E[v] = ∂r2/∂r̂2}.
 *
 * <p>The same reduction and rule as the measure's own averages: v depends on the effective field
 * {@code s = √q̂2 x + r̂2 B + βγ atanh m1} alone, and {@code E[φ] = Σ_B P(B) ∫ψ_B(s) φ(s) ds} on
 * {@link FieldRule} panels. At γ = 0 the measure is task 1's with the teacher-2 sign, and v is
 * even in B: the average is task 1's z average ({@link EntropicTerm#zRule}) of the closed forms.
 * Immutable.
 */
public final class SiteVariance {

    private final ReferenceDensity reference;
    private final double beta;
    private final Task2Coupling coupling;
    private final QuadratureSettings settings;
    private final SingleSiteMeasure flat;

    public SiteVariance(ReferenceDensity reference, double beta, Task2Coupling coupling, QuadratureSettings settings) {
        if (!(beta > 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("beta must be > 0, got " + beta);
        }
        this.reference = reference;
        this.beta = beta;
        this.coupling = coupling;
        this.settings = settings;
        this.flat = Priors.FLAT.measure(beta);
    }

    /**
     * The two averages at the task-2 conjugates.
     *
     * @param meanVariance {@code E[⟨m²⟩ − ⟨m⟩²]}
     * @param meanSquaredVariance {@code E[(⟨m²⟩ − ⟨m⟩²)²]}
     */
    public record Averages(double meanVariance, double meanSquaredVariance) {
    }

    public Averages evaluate(Conjugates conj) {
        double c = beta * coupling.gamma();
        double a = conj.qStarHat() - 0.5 * conj.qHat();
        double sigma = Math.sqrt(conj.qHat());
        double v1 = 0;
        double v2 = 0;
        if (c == 0) {
            QuadratureRule z = EntropicTerm.zRule(conj, settings);
            for (int i = 0; i < z.size(); i++) {
                double v = flat.moments(a, sigma * z.node(i) + conj.rHat()).variance();
                v1 += z.weight(i) * v;
                v2 += z.weight(i) * v * v;
            }
            return new Averages(v1, v2);
        }
        QuadratureRule panel = GaussLegendre.rule(settings.panelOrder());
        double siteScale = 2 * a < c ? Math.sqrt(Math.max(1, c - 2 * a)) : 1;
        SiteFamily site = new SiteFamily(a, c, settings.maxPanelWidth() / 2, settings.panelOrder());
        for (int b = 1; b >= -1; b -= 2) {
            double pb = 0.5 * (1 + b * coupling.r0());
            if (pb == 0) {
                continue;
            }
            MixtureDensity psi = new MixtureDensity(reference, b * conj.rHat(), c, sigma);
            double scale = Math.max(Math.hypot(sigma, c * reference.step()), Double.MIN_NORMAL);
            List<double[]> panels = new ArrayList<>(FieldRule.panels(psi, scale, settings.maxPanelWidth() / 3,
                    siteScale, settings.panelDrop(), settings.logDrop() + 8));
            for (double[] p : panels) {
                double mid = 0.5 * (p[0] + p[1]);
                double half = 0.5 * (p[1] - p[0]);
                for (int k = 0; k < panel.size(); k++) {
                    double s = mid + half * panel.node(k);
                    double w = pb * half * panel.weight(k) * psi.value(s);
                    SiteMoments m = site.moments(s);
                    double v = m.variance();
                    v1 += w * v;
                    v2 += w * v * v;
                }
            }
        }
        return new Averages(v1, v2);
    }
}
