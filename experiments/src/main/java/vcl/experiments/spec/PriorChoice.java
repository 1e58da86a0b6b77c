package vcl.experiments.spec;

import vcl.theory.prior.EntropyPrior;
import vcl.theory.prior.FlatPrior;
import vcl.theory.prior.SingleSiteMeasure;

/**
 * The single-site priors a user may choose ({@code --prior}), mapped to the theory's measures: the
 * one place the command line learns which priors exist.
 */
public enum PriorChoice {
    /** Uniform over the binary weights. */
    flat,
    /** k·KL(Q || uniform) on the weight marginals. */
    entropy;

    /** The measure of this prior; {@code strength} is the entropy prior's k (ignored by flat). */
    public SingleSiteMeasure measure(double strength) {
        return switch (this) {
            case flat -> new FlatPrior();
            case entropy -> new EntropyPrior(strength);
        };
    }
}
