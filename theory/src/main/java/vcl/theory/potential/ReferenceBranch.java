package vcl.theory.potential;

import java.util.Optional;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;
import vcl.theory.task1.Task1Sweep;

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

    /**
     * The task-1 solution of this branch at α, or empty where the branch does not exist: the stable
     * one solved from both sides; the poor branch continued upward from small α; the good branch
     * continued downward from α = {@value #GOOD_START} (or α, if larger), so that neither is ever
     * the other branch under its name (a direct solve from a small-α guess lands on the good branch
     * above the poor one's end, and vice versa).
     */
    public Optional<Task1Solution> solve(Task1Solver solver, double alpha) {
        return switch (this) {
            case STABLE -> Optional.of(solver.stable(alpha)).filter(Task1Solution::converged);
            case POOR -> new Task1Sweep(solver).branch(alpha, true, GOOD_START);
            case GOOD -> new Task1Sweep(solver).branch(alpha, false, GOOD_START);
        };
    }

    /** Where the good branch is continued from: above the poor branch's end at every β (2.3675 for β ≥ 25). */
    public static final double GOOD_START = 4;

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
