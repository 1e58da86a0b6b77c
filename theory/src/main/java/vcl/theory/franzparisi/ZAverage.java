package vcl.theory.franzparisi;

import vcl.theory.numerics.LogCosh;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.numerics.SiteMoments;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.SingleSiteMeasure;

/**
 * The z average defining the task-1 reference in the variable {@code u = atanh m}:
 * {@code ρ̃(u) = Σ_z w_z exp(a1 t² + b1(z) t + g(t) − log Z1(z) − 2 log cosh u)}, {@code t = tanh u},
 * with {@code g} the prior's log-weight ({@link SingleSiteMeasure#logWeightAtTanh}). The
 * log-normalisers {@code log Z1(z)} come from the prior's own closed form or quadrature. Any prior
 * works. Immutable.
 */
final class ZAverage {

    private final double a1;
    private final SingleSiteMeasure prior;
    private final double[] weight;
    private final double[] b1;
    private final double[] logZ1;
    private final double meanSign;

    ZAverage(Conjugates c1, SingleSiteMeasure prior, QuadratureRule z) {
        this.prior = prior;
        a1 = c1.qStarHat() - 0.5 * c1.qHat();
        double sq = Math.sqrt(c1.qHat());
        int n = z.size();
        weight = new double[n];
        b1 = new double[n];
        logZ1 = new double[n];
        double ms = 0;
        for (int i = 0; i < n; i++) {
            weight[i] = z.weight(i);
            b1[i] = sq * z.node(i) + c1.rHat();
            SiteMoments m = prior.moments(a1, b1[i]);
            logZ1[i] = m.logZ();
            ms += weight[i] * m.meanSign();
        }
        meanSign = ms;
    }

    private ZAverage(ZAverage o, double[] logZ1) {
        this.a1 = o.a1;
        this.prior = o.prior;
        this.weight = o.weight;
        this.b1 = o.b1;
        this.logZ1 = logZ1;
        this.meanSign = o.meanSign;
    }

    /**
     * The same average with each {@code log Z1(z)} replaced by the log of the trapezoid sum of its
     * own density on the grid {@code j·h} within [lo, hi], so that every z contributes mass 1 to the
     * rule exactly (the closed forms' rounding, ~1e-13 in Z1 when |b1| is in the hundreds, cancels).
     */
    ZAverage normalisedOn(double lo, double hi, double h) {
        double[] mass = new double[weight.length];
        for (long j = (long) Math.ceil(lo / h); j * h <= hi; j++) {
            double u = j * h;
            double base = base(u);
            double t = Math.tanh(u);
            for (int i = 0; i < weight.length; i++) {
                double e = base + b1[i] * t - logZ1[i];
                if (e > -745) {
                    mass[i] += Math.exp(e);
                }
            }
        }
        double[] corrected = new double[weight.length];
        for (int i = 0; i < weight.length; i++) {
            corrected[i] = mass[i] > 0 ? logZ1[i] + Math.log(h * mass[i]) : logZ1[i];
        }
        return new ZAverage(this, corrected);
    }

    private double base(double u) {
        double t = Math.tanh(u);
        return a1 * t * t + prior.logWeightAtTanh(u) - 2 * LogCosh.value(u);
    }

    /** ρ̃(u), unnormalised (mass 1 up to the z-rule error). */
    double density(double u) {
        double t = Math.tanh(u);
        double base = base(u);
        double s = 0;
        for (int i = 0; i < weight.length; i++) {
            double e = base + b1[i] * t - logZ1[i];
            if (e > -745) {
                s += weight[i] * Math.exp(e);
            }
        }
        return s;
    }

    /**
     * The largest term of the exponent, {@code max_z (|a1| + |b1(z)| + |log Z1(z)|)}: the terms
     * cancel, so ρ̃ carries a relative rounding error of about {@code ulp(1)} times this.
     */
    double exponentScale() {
        double scale = 0;
        for (int i = 0; i < weight.length; i++) {
            scale = Math.max(scale, Math.abs(a1) + Math.abs(b1[i]) + Math.abs(logZ1[i]));
        }
        return scale;
    }

    /** {@code E_z⟨sign m⟩} of the task-1 measure. */
    double meanSign() {
        return meanSign;
    }
}
