package vcl.theory.replica;

/**
 * Watches a continuation sweep ({@link LoadContinuation}): told of every accepted internal step, so
 * that a long sweep can show where it is, and asked before every step whether to stop, so that a
 * time budget can end it. A stopped sweep returns the rows it has; the loads it did not reach have
 * no row.
 */
public interface SweepMonitor {

    /** Watches nothing and never stops. */
    SweepMonitor NONE = new SweepMonitor() {
    };

    /**
     * An internal step was accepted.
     *
     * @param upward which of the two sweeps (upward from a small load, or downward from the largest)
     * @param load   the load reached
     */
    default void stepped(boolean upward, double load) {
    }

    /** Whether the sweep should stop now (checked before every step). */
    default boolean stopRequested() {
        return false;
    }
}
