package vcl.theory.franzparisi;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import vcl.theory.numerics.GaussLegendre;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.numerics.SiteMoments;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.EntropicAverages;
import vcl.theory.replica.EntropicSide;
import vcl.theory.replica.EntropicTerm;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.prior.Priors;

/**
 * The task-2 single-site measure of the Franz-Parisi construction (theory.md section 4):
 * <pre>  exp(a m² + (√q̂2 x + r̂2 B) m + c F(m, m1)),  a = q̂2* − q̂2/2,  c = βγ,  </pre>
 * averaged over {@code B = ±1} with {@code P(±1) = (1 ± r0)/2}, {@code m1 ~ ρ} (the task-1
 * reference) and {@code x ~ N(0, 1)}. Returns {@code G_S = E log Z}, {@code q2 = E⟨m⟩²},
 * {@code r2 = E[B⟨m⟩]}, {@code q2* = E⟨m²⟩}, {@code p2 = E[B⟨sign m⟩]} and {@code p1 = E⟨sign m⟩}.
 *
 * <p>Reduction to one dimension. With {@code u = atanh m1},
 * {@code F(m, m1) = f0(m) + u m − log cosh u}, {@code f0(m) = −[(1+m)/2 log(1+m) + (1−m)/2 log(1−m)]}:
 * the reference enters only as a shift {@code c·u} of the linear coefficient and a constant. So
 * every site average is a function φ of {@code s = √q̂2 x + r̂2 B + c u} alone (the moments of
 * {@code exp(a m² + s m + c f0(m))}, by {@link SiteFamily}, 1e-13), and
 * <pre>  E[φ] = Σ_B P(B) ∫ ψ_B(s) φ(s) ds,   G_S = Σ_B P(B) ∫ψ_B log Z − c ∫ρ log cosh u,  </pre>
 * with ψ_B the density of s ({@link MixtureDensity}). The s integral uses Gauss-Legendre panels
 * ({@link FieldRule}) of the settings' order, widths capped by {@code maxPanelWidth/3·max(λ, 1 + |s|/4)}
 * and by the settings' panel drop of log ψ, cut {@code logDrop + 8} below ψ's maximum. λ is the
 * scale on which the site functions vary: their s-derivatives are cumulants of m, and when
 * {@code 2a < c} the site density {@code exp(−V(m))} has {@code V'' = −2a + c/(1 − m²) ≥ c − 2a},
 * so by the Brascamp-Lieb inequality {@code Var m ≤ 1/(c − 2a)} and the functions vary on the scale
 * {@code λ = √(c − 2a)} (at least 1); otherwise λ = 1. Accuracy
 * (checked by refining the settings and the reference): 1e-10 in the averages.
 * At {@code γ = 0} the reference drops out and the measure is the flat task-1 measure with the
 * teacher-2 sign: it is evaluated by {@link EntropicTerm} with the closed forms, and
 * {@code p1 = r0·p2} exactly.
 *
 * <p>Site functions are evaluated in parallel (fixed chunks, each into its own slot) and summed in
 * a fixed order: results do not depend on the number of threads. Immutable.
 */
public final class FranzParisiMeasure implements EntropicSide {

    private static final int CHUNKS = 8;
    private final ReferenceDensity reference;
    private final double beta;
    private final Task2Coupling coupling;
    private final QuadratureSettings settings;
    private final QuadratureRule panel;
    private final EntropicTerm flat;
    private final boolean parallel;

    /**
     * @param reference the task-1 reference density
     * @param beta the learning inverse temperature β > 0
     * @param gamma the KL strength γ ≥ 0
     * @param r0 the overlap of the two teachers, in [−1, 1]
     */
    public FranzParisiMeasure(ReferenceDensity reference, double beta, double gamma, double r0,
            QuadratureSettings settings, boolean parallel) {
        if (!(beta > 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("beta must be > 0, got " + beta);
        }
        this.coupling = new Task2Coupling(gamma, r0);
        this.reference = reference;
        this.beta = beta;
        this.settings = settings;
        this.panel = GaussLegendre.rule(settings.panelOrder());
        this.flat = new EntropicTerm(Priors.FLAT.measure(beta), settings);
        this.parallel = parallel;
    }

    @Override
    public String name() {
        return "franz-parisi";
    }

    @Override
    public EntropicAverages evaluate(Conjugates conj) {
        double gamma = coupling.gamma();
        double r0 = coupling.r0();
        double c = beta * gamma;
        if (c == 0) {
            EntropicAverages t = flat.evaluate(conj);
            return new EntropicAverages(t.gS(), t.q(), t.r(), t.qStar(), t.p(), r0 * t.p());
        }
        double a = conj.qStarHat() - 0.5 * conj.qHat();
        double sigma = Math.sqrt(conj.qHat());
        double siteScale = 2 * a < c ? Math.sqrt(Math.max(1, c - 2 * a)) : 1;
        // the field nodes of both components: s, quadrature weight, P(B), B and which ψ_B
        List<MixtureDensity> mixtures = new ArrayList<>();
        List<double[]> panels = new ArrayList<>();
        List<double[]> owners = new ArrayList<>();
        for (int b = 1; b >= -1; b -= 2) {
            double pb = 0.5 * (1 + b * r0);
            if (pb == 0) {
                continue;
            }
            MixtureDensity psi = new MixtureDensity(reference, b * conj.rHat(), c, sigma);
            double scale = Math.max(Math.hypot(sigma, c * reference.step()), Double.MIN_NORMAL);
            addPanels(FieldRule.panels(psi, scale, settings.maxPanelWidth() / 3, siteScale, settings.panelDrop(),
                    settings.logDrop() + 8), new double[] {pb, b, mixtures.size()}, panels, owners);
            mixtures.add(psi);
        }
        int n = panels.size() * panel.size();
        double[] field = new double[n];
        double[] weight = new double[n];
        double[] probability = new double[n];
        double[] sign = new double[n];
        int[] component = new int[n];
        fillNodes(panels, owners, field, weight, probability, sign, component);
        SiteFamily site = new SiteFamily(a, c, settings.maxPanelWidth() / 2, settings.panelOrder());
        double[] terms = new double[6 * n];
        int chunks = parallel ? CHUNKS : 1;
        IntStream range = IntStream.range(0, chunks);
        (parallel ? range.parallel() : range).forEach(chunk -> {
            for (int i = chunk; i < n; i += chunks) {
                double w = weight[i] * mixtures.get(component[i]).value(field[i]) * probability[i];
                SiteMoments m = site.moments(field[i]);
                double bw = sign[i] * w;
                terms[6 * i] = w * m.logZ();
                terms[6 * i + 1] = w * m.mean() * m.mean();
                terms[6 * i + 2] = bw * m.mean();
                terms[6 * i + 3] = w * m.secondMoment();
                terms[6 * i + 4] = bw * m.meanSign();
                terms[6 * i + 5] = w * m.meanSign();
            }
        });
        double[] sum = sum(terms, n);
        return new EntropicAverages(sum[0] - c * reference.meanLogCosh(), sum[1], sum[2], sum[3], sum[4], sum[5]);
    }

    /*
     * The loops over the field nodes sit in methods of their own (as does the site loop, in its
     * lambda): evaluate itself, called once per iteration, then stays out of the optimising
     * compiler, which would otherwise compile it with the whole set-up inlined (site family, tails,
     * densities) and again after every deoptimisation in any of those.
     */

    /** Appends the panels of one component, each with the component's owner entry. */
    private static void addPanels(List<double[]> component, double[] owner, List<double[]> panels,
            List<double[]> owners) {
        for (double[] p : component) {
            panels.add(p);
            owners.add(owner.clone());
        }
    }

    /** The field nodes of the panels: s, quadrature weight, P(B), B and the index of ψ_B. */
    private void fillNodes(List<double[]> panels, List<double[]> owners, double[] field, double[] weight,
            double[] probability, double[] sign, int[] component) {
        int order = panel.size();
        for (int q = 0; q < panels.size(); q++) {
            double[] p = panels.get(q);
            double[] owner = owners.get(q);
            double mid = 0.5 * (p[0] + p[1]);
            double half = 0.5 * (p[1] - p[0]);
            for (int k = 0; k < order; k++) {
                int i = q * order + k;
                field[i] = mid + half * panel.node(k);
                weight[i] = half * panel.weight(k);
                probability[i] = owner[0];
                sign[i] = owner[1];
                component[i] = (int) owner[2];
            }
        }
    }

    /** The six sums over the nodes' terms, in node order. */
    private static double[] sum(double[] terms, int n) {
        double[] sum = new double[6];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 6; k++) {
                sum[k] += terms[6 * i + k];
            }
        }
        return sum;
    }
}
