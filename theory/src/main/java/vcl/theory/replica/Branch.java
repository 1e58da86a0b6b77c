package vcl.theory.replica;

/** Which solution a row of a load sweep is, where several coexist (see {@link LoadContinuation}). */
public enum Branch {
    /** The only solution found at this load. */
    UNIQUE,
    /** Poor-generalization branch (smaller r), the one with the larger free entropy here. */
    POOR_STABLE,
    /** Poor-generalization branch, metastable (smaller free entropy). */
    POOR_METASTABLE,
    /** Good-generalization branch (larger r), the one with the larger free entropy here. */
    GOOD_STABLE,
    /** Good-generalization branch, metastable. */
    GOOD_METASTABLE;

    /** Lower-case label for CSV/JSON ({@code poor-stable}, …). */
    public String label() {
        return name().toLowerCase().replace('_', '-');
    }

    /** True for the solution with the largest free entropy at its load (unique or stable). */
    public boolean stable() {
        return this == UNIQUE || this == POOR_STABLE || this == GOOD_STABLE;
    }

    /** True on the poor-generalization branch (stable or not). */
    public boolean poor() {
        return this == POOR_STABLE || this == POOR_METASTABLE;
    }

    /** True on the good-generalization branch (stable or not). */
    public boolean good() {
        return this == GOOD_STABLE || this == GOOD_METASTABLE;
    }
}
