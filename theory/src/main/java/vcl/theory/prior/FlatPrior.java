package vcl.theory.prior;

import vcl.theory.numerics.BoxIntegral;
import vcl.theory.numerics.SiteMoments;
import vcl.theory.replica.SingleSiteMeasure;

/** The paper's default: a flat measure on the hypercube, moments of {@code exp(a m² + b m)} in closed form. */
public record FlatPrior() implements SingleSiteMeasure {

    @Override
    public SiteMoments moments(double a, double b) {
        return BoxIntegral.value(a, b);
    }

    /** {@code g = 0}. */
    @Override
    public double logWeightAtTanh(double u) {
        return 0.0;
    }

    @Override
    public String name() {
        return "flat";
    }
}
