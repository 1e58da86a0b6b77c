package vcl.theory.gibbs;

import vcl.theory.numerics.SiteMoments;
import vcl.theory.replica.SingleSiteMeasure;

/**
 * The uniform prior on binary weights m ∈ {±1} as a single-site measure: {@code Σ_{m=±1} exp(a m² + b m)},
 * so {@code log Z = a + log 2cosh b}, {@code ⟨m⟩ = ⟨sign m⟩ = tanh b} and {@code ⟨m²⟩ = 1} (the self
 * overlap is pinned at 1). It has no density on (−1, 1): {@link #logWeightAtTanh} is not defined.
 */
public final class IsingMeasure implements SingleSiteMeasure {

    /** The one instance (the measure has no parameter). */
    public static final IsingMeasure INSTANCE = new IsingMeasure();

    private IsingMeasure() {
    }

    @Override
    public SiteMoments moments(double a, double b) {
        double x = Math.abs(b);
        double logTwoCosh = x + Math.log1p(Math.exp(-2 * x));
        double mean = Math.tanh(b);
        return new SiteMoments(a + logTwoCosh, mean, 1.0, mean);
    }

    /**
     * Not defined: the measure is a sum of two point masses, with no density on (−1, 1) (the task-2
     * reference density, the only user, needs a continuous prior).
     *
     * @throws UnsupportedOperationException always
     */
    @Override
    public double logWeightAtTanh(double u) {
        throw new UnsupportedOperationException("the Ising measure on m = +-1 has no density on (-1, 1)");
    }

    @Override
    public String name() {
        return "ising";
    }
}
