package vcl.experiments.spec;

import java.util.Iterator;
import vcl.theory.prior.PriorKind;
import vcl.theory.prior.Priors;

/**
 * {@code --prior}: a name of the theory's prior registry ({@link Priors#STANDARD}), the one place
 * the command line learns which priors exist.
 */
public final class PriorChoice {

    private PriorChoice() {
    }

    /** The registered prior of this name; an unknown name is a user error listing the known ones. */
    public static PriorKind parse(String name) {
        for (PriorKind k : Priors.STANDARD.kinds()) {
            if (k.label().equals(name)) {
                return k;
            }
        }
        throw new UserInputException("--prior", "one of " + String.join(", ", Priors.STANDARD.labels()), "'" + name + "'");
    }

    /** The registry's names, for picocli's {@code ${COMPLETION-CANDIDATES}} in help text. */
    public static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Priors.STANDARD.labels().iterator();
        }
    }
}
