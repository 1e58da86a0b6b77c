package vcl.theory.phase;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import vcl.theory.numerics.GaussianTail;
import vcl.theory.numerics.GradedRule;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.numerics.SiteMoments;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.EntropicAverages;
import vcl.theory.replica.EntropicSide;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SingleSiteMeasure;

/**
 * The task-1 entropic side with the Gaussian z average resolved at every crossover of the
 * single-site measure {@code exp(a m² + b m) dm}, {@code b = √q̂ z + r̂}, not only at {@code b = 0}
 * (the one point the shared {@link vcl.theory.replica.EntropicTerm} grades its panels around).
 * For {@code a < 0} the measure is a Gaussian of mean {@code b/(2|a|)} and variance {@code 1/(2|a|)}
 * while {@code |b| < 2|a|}, and an exponential boundary layer of variance {@code ≈ 1/(|b| − 2|a|)²}
 * at m = ±1 beyond; the crossovers {@code b = ±2|a|} have width {@code √(2|a|)} in b. On the good
 * branch at large β the few sites inside (z ≈ −3.5 at the β = 1000 spinodal, where
 * {@code a ≈ −700}, {@code √q̂ ≈ 1600}) carry half the gap {@code q* − q = E[⟨m²⟩ − ⟨m⟩²]}, and
 * the crossover, 0.02 wide in z, falls inside a panel 1 to 3 wide: the shared rule's gap is off by
 * up to 0.4 % and wiggles as the crossover moves across its nodes, which puts spurious folds of
 * size 5e-4 on the good branch (docs/theory-beyond.md section 3). Here the z range is cut at
 * {@code b = 0} and {@code b = ±2|a|}; each piece is graded from both ends with first panels as wide
 * as the feature there ({@code 1/√q̂}, {@code √(2|a|)/√q̂}), capped as the shared rule is.
 * The gap is summed directly from the single-site variances and {@code q = q* − gap}, so the image
 * gap has no cancellation between two sums near 1. Thread-safe (immutable).
 */
final class ResolvedEntropicTerm implements EntropicSide {

    private final SingleSiteMeasure measure;
    private final QuadratureSettings settings;

    ResolvedEntropicTerm(SingleSiteMeasure measure, QuadratureSettings settings) {
        this.measure = measure;
        this.settings = settings;
    }

    @Override
    public String name() {
        return measure.name();
    }

    @Override
    public EntropicAverages evaluate(Conjugates conj) {
        double qHat = conj.qHat();
        double a = conj.qStarHat() - 0.5 * qHat;
        double sq = Math.sqrt(qHat);
        QuadratureRule rule = zRule(conj, settings);
        double gS = 0;
        double gap = 0;
        double r = 0;
        double qs = 0;
        double p = 0;
        for (int i = 0; i < rule.size(); i++) {
            double w = rule.weight(i);
            SiteMoments m = measure.moments(a, sq * rule.node(i) + conj.rHat());
            gS += w * m.logZ();
            gap += w * m.variance();
            r += w * m.mean();
            qs += w * m.secondMoment();
            p += w * m.meanSign();
        }
        return new EntropicAverages(gS, qs - gap, r, qs, p, p);
    }

    /** The z rule cut at b = 0 and b = ±2|a| (a < 0), graded from both ends of every piece. */
    static QuadratureRule zRule(Conjugates conj, QuadratureSettings settings) {
        double sq = Math.sqrt(conj.qHat());
        double zMax = settings.zMax();
        double a = conj.qStarHat() - 0.5 * conj.qHat();
        List<double[]> cuts = new ArrayList<>();
        if (sq > 0) {
            cuts.add(new double[] {-conj.rHat() / sq, Math.min(1, 1 / sq)});
            if (a < 0) {
                double width = Math.min(1, Math.max(1, Math.sqrt(-2 * a)) / sq);
                cuts.add(new double[] {(2 * a - conj.rHat()) / sq, width});
                cuts.add(new double[] {(-2 * a - conj.rHat()) / sq, width});
            }
        }
        List<double[]> inside = new ArrayList<>();
        for (double[] c : cuts) {
            if (Double.isFinite(c[0]) && Math.abs(c[0]) < zMax) {
                inside.add(c);
            }
        }
        inside.sort((x, y) -> Double.compare(x[0], y[0]));
        DoubleUnaryOperator cap = z -> Math.min(settings.maxPanelWidth(),
                Math.sqrt(z * z + 2 * settings.panelDrop()) - Math.abs(z));
        List<QuadratureRule> pieces = new ArrayList<>();
        double lower = -zMax;
        double lowerWidth = Double.NaN;
        for (int k = 0; k <= inside.size(); k++) {
            double upper = k < inside.size() ? inside.get(k)[0] : zMax;
            double upperWidth = k < inside.size() ? inside.get(k)[1] : Double.NaN;
            if (upper > lower) {
                pieces.addAll(piece(lower, lowerWidth, upper, upperWidth, cap, settings.panelOrder()));
            }
            lower = Math.max(lower, upper);
            lowerWidth = upperWidth;
        }
        int n = 0;
        for (QuadratureRule q : pieces) {
            n += q.size();
        }
        double[] x = new double[n];
        double[] w = new double[n];
        int j = 0;
        for (QuadratureRule q : pieces) {
            for (int i = 0; i < q.size(); i++) {
                x[j] = q.node(i);
                w[j] = q.weight(i) * GaussianTail.density(q.node(i));
                j++;
            }
        }
        return new QuadratureRule(x, w);
    }

    /** [lower, upper] graded from each end that is a crossover (width not NaN), split at the middle if both are. */
    private static List<QuadratureRule> piece(double lower, double lowerWidth, double upper, double upperWidth,
            DoubleUnaryOperator cap, int order) {
        boolean fromLower = !Double.isNaN(lowerWidth);
        boolean fromUpper = !Double.isNaN(upperWidth);
        if (fromLower && fromUpper) {
            double mid = 0.5 * (lower + upper);
            return List.of(GradedRule.interval(lower, mid, lower, Math.min(lowerWidth, mid - lower), cap, order),
                    GradedRule.interval(mid, upper, upper, Math.min(upperWidth, upper - mid), cap, order));
        }
        if (fromLower) {
            return List.of(GradedRule.interval(lower, upper, lower, Math.min(lowerWidth, upper - lower), cap, order));
        }
        if (fromUpper) {
            return List.of(GradedRule.interval(lower, upper, upper, Math.min(upperWidth, upper - lower), cap, order));
        }
        return List.of(GradedRule.interval(lower, upper, 0.5 * (lower + upper), 1, cap, order));
    }
}
