package vcl.theory.prior;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of priors: the single-site measures a user can choose by name. {@link #STANDARD}
 * holds those the workbench offers; adding one is a class implementing
 * {@link vcl.theory.replica.SingleSiteMeasure} and one line in {@link #STANDARD}'s list. A registry
 * is immutable; {@link #with} gives an extended copy (tests register priors of their own).
 */
public final class Priors {

    /** The paper's default: flat on [−1, 1]. */
    public static final PriorKind FLAT = new PriorKind("flat", "flat measure on [-1, 1] (the paper's default)",
            false, (beta, k) -> new FlatPrior());

    /** The entropy of a ±1 weight of mean m, with strength k (default k = β). */
    public static final PriorKind ENTROPY = new PriorKind("entropy",
            "k f(m), f the entropy of a +-1 weight of mean m (default k = beta)", true, (beta, k) -> new EntropyPrior(k));

    /** The priors the workbench offers, in the order help text lists them. */
    public static final Priors STANDARD = new Priors(List.of(FLAT, ENTROPY));

    private final Map<String, PriorKind> byLabel;

    /** A registry of the given kinds; labels must be distinct. */
    public Priors(List<PriorKind> kinds) {
        Map<String, PriorKind> m = new LinkedHashMap<>();
        for (PriorKind k : kinds) {
            if (m.putIfAbsent(k.label(), k) != null) {
                throw new IllegalArgumentException("prior " + k.label() + " is registered twice");
            }
        }
        this.byLabel = Collections.unmodifiableMap(m);
    }

    /** This registry and one more kind. */
    public Priors with(PriorKind extra) {
        List<PriorKind> all = new ArrayList<>(byLabel.values());
        all.add(extra);
        return new Priors(all);
    }

    /** The registered kinds in order. */
    public List<PriorKind> kinds() {
        return List.copyOf(byLabel.values());
    }

    /** The registered labels in order ({@code flat, entropy}). */
    public List<String> labels() {
        return List.copyOf(byLabel.keySet());
    }

    /** The kind with this label; the error lists the known labels. */
    public PriorKind byLabel(String label) {
        PriorKind k = byLabel.get(label);
        if (k == null) {
            throw new IllegalArgumentException("unknown prior '" + label + "'; known priors: " + String.join(", ", labels()));
        }
        return k;
    }
}
