package vcl.theory.prior;

import vcl.theory.numerics.SiteMoments;
import vcl.theory.numerics.SiteQuadrature;
import vcl.theory.replica.SingleSiteMeasure;

/**
 * The worked example of adding a prior: {@code g(m) = c m²}. For c < 0 it pulls the weights
 * towards 0 (a Gaussian prior clipped to the box, the analogue of weight decay), for c > 0 it
 * pushes them to ±1. Its moments come from the generic adaptive {@link SiteQuadrature} on its own
 * log-density, not from the flat prior's closed form, so the identity
 * {@code moments(a, b) = flat moments(a + c, b)} is an independent check. This class and one
 * registry line ({@link Priors#STANDARD}, or {@link Priors#with} in a test) are all a prior needs.
 */
final class QuadraticPrior implements SingleSiteMeasure {

    private final double c;
    private final SiteQuadrature quadrature = new SiteQuadrature();

    QuadraticPrior(double c) {
        if (!Double.isFinite(c)) {
            throw new IllegalArgumentException("quadratic prior strength c must be finite, got " + c);
        }
        this.c = c;
    }

    @Override
    public SiteMoments moments(double a, double b) {
        return quadrature.moments(m -> m * (a * m + b) + c * m * m);
    }

    @Override
    public double logWeightAtTanh(double u) {
        double t = Math.tanh(u);
        return c * t * t;
    }

    @Override
    public String name() {
        return "quadratic";
    }
}
