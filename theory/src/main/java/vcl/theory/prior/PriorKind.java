package vcl.theory.prior;

import java.util.Objects;
import vcl.theory.replica.SingleSiteMeasure;

/**
 * One entry of the prior registry ({@link Priors}): the name {@code --prior} accepts and output
 * carries, a line of help text, whether the prior takes a strength k, and how to build its
 * single-site measure.
 *
 * @param label lower-case name, e.g. {@code flat}; the measure's {@link SingleSiteMeasure#name()}
 * @param description one line for help text
 * @param takesStrength whether {@link Factory#create} uses its strength argument
 * @param factory builds the measure
 */
public record PriorKind(String label, String description, boolean takesStrength, Factory factory) {

    /** Builds a prior's single-site measure from the learning inverse temperature β and a strength k. */
    @FunctionalInterface
    public interface Factory {
        SingleSiteMeasure create(double beta, double strength);
    }

    public PriorKind {
        if (label == null || !label.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a prior label is lower-case letters, digits and '-', got " + label);
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("prior " + label + " needs a description");
        }
        Objects.requireNonNull(factory, "factory");
    }

    /** The measure at β with strength k (ignored when the prior takes none). */
    public SingleSiteMeasure measure(double beta, double strength) {
        return factory.create(beta, strength);
    }

    /** The measure at β with the paper's default strength k = β. */
    public SingleSiteMeasure measure(double beta) {
        return measure(beta, beta);
    }
}
