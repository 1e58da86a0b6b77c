package vcl.theory.potential;

import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * Which task-1 solution the reference is drawn from: the stable one (larger free entropy), or
 * the poor- or good-generalization branch (metastable where the other is stable).
 */
public enum ReferenceBranch {
    /** The solution of larger free entropy. */
    STABLE("stable"),
    /** The branch continued from small loads (solved from the small-α guess). */
    POOR("poor"),
    /** The branch continued from large loads (solved from the large-α guess). */
    GOOD("good");

    private final String label;

    ReferenceBranch(String label) {
        this.label = label;
    }

    /** The command-line name. */
    public String label() {
        return label;
    }

    /** The task-1 solution of this branch at α (not necessarily converged for POOR and GOOD). */
    public Task1Solution solve(Task1Solver solver, double alpha) {
        return switch (this) {
            case STABLE -> solver.stable(alpha);
            case POOR -> solver.solve(alpha, solver.smallAlphaGuess(alpha));
            case GOOD -> solver.solve(alpha, solver.largeAlphaGuess());
        };
    }

    /** The branch of a command-line name, or null. */
    public static ReferenceBranch byLabel(String label) {
        for (ReferenceBranch b : values()) {
            if (b.label.equals(label)) {
                return b;
            }
        }
        return null;
    }
}
