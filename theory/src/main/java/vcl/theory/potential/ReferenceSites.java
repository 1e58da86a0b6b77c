package vcl.theory.potential;

import vcl.theory.numerics.LogCosh;
import vcl.theory.numerics.NumericalLimitException;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.numerics.SiteMoments;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.EntropicTerm;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SingleSiteMeasure;

/**
 * The reference's sites for the coupled site measure, fixed by the task-1 conjugates: the Gaussian
 * field z on the task-1 entropic rule ({@link EntropicTerm#zRule}, so that at the unconstrained
 * point the coupled site term is the task-1 one node for node) and at every z the reference mean m1
 * under its single-site measure {@code exp(a1 m1² + b1 m1 + g(m1)) / Z1}, {@code a1 = q̂1* − q̂1/2},
 * {@code b1 = √q̂1 z + r̂1}. The m1 law is integrated by the trapezoid rule in {@code u = atanh m1}
 * (the density of u is analytic and falls like {@code e^{−2|u|}}, so the rule converges
 * geometrically); the step is halved from 1/8 until the rule's mean and second moment agree with the
 * measure's own closed forms to 1e-12. Weights are normalised; nodes below 1e-17 of the largest are
 * dropped. The fine rule is then replaced by the 24-point Gauss rule of the same discrete law
 * ({@link GaussReduction}): the coupled site's integrand is smooth in m1 (it depends on m1 through
 * {@code (d̂ − p̂) m1} inside a Gaussian average), so 24 nodes integrate it as the fine rule does,
 * and every moment up to degree 47 is kept exactly. Immutable.
 */
final class ReferenceSites {

    private static final double NEGLIGIBLE = 1e-17;
    private static final double RANGE = 40;
    private static final double AGREEMENT = 1e-12;
    private static final int MAX_HALVINGS = 7;
    /** Points of the Gauss rule of the m1 law at each z. */
    static final int GAUSS_POINTS = 24;

    final double[] z;
    final double[] zWeight;
    final double[][] m1;
    final double[][] weight;
    final double[] mean;

    ReferenceSites(SingleSiteMeasure measure, Conjugates reference, QuadratureSettings settings) {
        QuadratureRule rule = EntropicTerm.zRule(reference, settings);
        this.z = rule.nodes();
        this.zWeight = rule.weights();
        this.m1 = new double[z.length][];
        this.weight = new double[z.length][];
        this.mean = new double[z.length];
        double a1 = reference.qStarHat() - 0.5 * reference.qHat();
        double sq = Math.sqrt(reference.qHat());
        for (int i = 0; i < z.length; i++) {
            double[][] law = law(measure, a1, sq * z[i] + reference.rHat());
            m1[i] = law[0];
            weight[i] = law[1];
            mean[i] = law[2][0];
        }
    }

    /**
     * The reference site's law at {@code (a1, b1)}: {m1 nodes, weights, {mean}} of its 24-point
     * Gauss rule, the mean that of the fine trapezoid rule (which agrees with the closed form to
     * 1e-12).
     */
    static double[][] law(SingleSiteMeasure measure, double a1, double b1) {
        SiteMoments exact = measure.moments(a1, b1);
        double h = 0.125;
        for (int level = 0; ; level++) {
            double[][] fine = fill(measure, a1, b1, h);
            double m = 0;
            double m2 = 0;
            for (int j = 0; j < fine[0].length; j++) {
                m += fine[1][j] * fine[0][j];
                m2 += fine[1][j] * fine[0][j] * fine[0][j];
            }
            if (Math.abs(m - exact.mean()) < AGREEMENT && Math.abs(m2 - exact.secondMoment()) < AGREEMENT) {
                double[][] gauss = GaussReduction.reduce(fine[0], fine[1], GAUSS_POINTS);
                return new double[][] {gauss[0], gauss[1], {m}};
            }
            if (level == MAX_HALVINGS) {
                throw new NumericalLimitException("reference site law not resolved at b1 = " + b1 + ": mean "
                        + m + " against " + exact.mean());
            }
            h *= 0.5;
        }
    }

    private static double[][] fill(SingleSiteMeasure measure, double a1, double b1, double h) {
        int n = (int) Math.ceil(RANGE / h);
        double[] logW = new double[2 * n + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = -n; k <= n; k++) {
            double u = k * h;
            double t = Math.tanh(u);
            double lw = a1 * t * t + b1 * t + measure.logWeightAtTanh(u) - 2 * LogCosh.value(u);
            logW[k + n] = lw;
            max = Math.max(max, lw);
        }
        double cut = max + Math.log(NEGLIGIBLE);
        int kept = 0;
        for (double lw : logW) {
            if (lw >= cut) {
                kept++;
            }
        }
        double[] m = new double[kept];
        double[] w = new double[kept];
        double sum = 0;
        for (int k = -n, j = 0; k <= n; k++) {
            if (logW[k + n] >= cut) {
                m[j] = Math.tanh(k * h);
                w[j] = Math.exp(logW[k + n] - max);
                sum += w[j];
                j++;
            }
        }
        for (int j = 0; j < kept; j++) {
            w[j] /= sum;
        }
        return new double[][] {m, w};
    }
}
