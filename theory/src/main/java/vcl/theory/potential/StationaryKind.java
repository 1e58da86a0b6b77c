package vcl.theory.potential;

/**
 * What a stationary point of V(d) away from d* is, read from the sign change of the Lagrange
 * field {@code ε = −dV/dd} through it.
 */
public enum StationaryKind {
    /**
     * A local maximum of V (ε rises through zero as d grows): a state the constrained system can
     * sit in unconstrained, at its typical overlap with the reference; V there is that state's
     * free entropy.
     */
    STATE("state"),
    /** A local minimum of V between two states (ε falls through zero): the free-entropy barrier. */
    BARRIER("barrier");

    private final String label;

    StationaryKind(String label) {
        this.label = label;
    }

    /** The name written in tables. */
    public String label() {
        return label;
    }
}
