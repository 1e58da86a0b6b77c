package vcl.theory.prior;

import vcl.theory.numerics.LogCosh;
import vcl.theory.numerics.LogDensity;
import vcl.theory.numerics.SiteMoments;
import vcl.theory.numerics.SiteQuadrature;
import vcl.theory.replica.SingleSiteMeasure;

/**
 * The entropy prior of "task 1 with KL" (theory.md section 3): the single-site exponent gains
 * {@code k·f(m)}, {@code f(m) = −(1+m)/2·log((1+m)/2) − (1−m)/2·log((1−m)/2)}, the entropy of a
 * ±1 weight of mean m (the paper uses {@code k = β}). No closed form: moments by the adaptive
 * {@link SiteQuadrature} (tolerance 1e-12).
 */
public final class EntropyPrior implements SingleSiteMeasure {

    private final double k;
    private final SiteQuadrature quadrature = new SiteQuadrature();

    public EntropyPrior(double k) {
        if (!(k >= 0) || !Double.isFinite(k)) {
            throw new IllegalArgumentException("entropy prior strength k must be a finite number >= 0, got " + k);
        }
        this.k = k;
    }

    public double k() {
        return k;
    }

    @Override
    public SiteMoments moments(double a, double b) {
        return quadrature.moments(LogDensity.entropyPrior(a, b, k));
    }

    /** {@code k·f(tanh u) = k·(log 2 + log cosh u − u tanh u)}. */
    @Override
    public double logWeightAtTanh(double u) {
        return k * (LogCosh.LOG2 + LogCosh.value(u) - u * Math.tanh(u));
    }

    @Override
    public String name() {
        return "entropy";
    }
}
