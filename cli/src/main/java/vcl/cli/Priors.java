package vcl.cli;

import vcl.theory.prior.EntropyPrior;
import vcl.theory.prior.FlatPrior;
import vcl.theory.prior.SingleSiteMeasure;

/** The priors the CLI offers, mapped to single-site measures. */
final class Priors {

    /** Names accepted by {@code --prior}. */
    enum Choice { flat, entropy }

    private Priors() {
    }

    static SingleSiteMeasure measure(Choice choice, double k) {
        return switch (choice) {
            case flat -> new FlatPrior();
            case entropy -> new EntropyPrior(k);
        };
    }
}
