package vcl.theory.phase;

import java.util.Objects;
import vcl.theory.task1.Task1Solution;

/**
 * Where the poor and the good branch of task 1 coexist at one β: the poor branch's end (its
 * spinodal, or where it reaches q* → 1), the good branch's end (its spinodal), and the two
 * solutions of equal free entropy at the first-order transition between them.
 *
 * @param poorEnd the last solution of the poor branch: its fold, or where its trace stopped at
 *        {@code 1 − q*} ≈ 1e-9 when it runs into the boundary
 * @param poorEndsAtBoundary true when the poor branch ends at q* → 1 rather than at a fold
 * @param alphaPoorLimit the limit of the poor branch's load as q* → 1 ({@link BoundaryLimit}), NaN
 *        when the branch folds
 * @param goodEnd the good branch's spinodal (smallest α)
 * @param poorAtTransition the poor solution at α_t
 * @param goodAtTransition the good solution at α_t
 */
public record Coexistence(double beta, Task1Solution poorEnd, boolean poorEndsAtBoundary, double alphaPoorLimit,
        Task1Solution goodEnd, Task1Solution poorAtTransition, Task1Solution goodAtTransition) {

    public Coexistence {
        Objects.requireNonNull(poorEnd, "poorEnd");
        Objects.requireNonNull(goodEnd, "goodEnd");
        Objects.requireNonNull(poorAtTransition, "poorAtTransition");
        Objects.requireNonNull(goodAtTransition, "goodAtTransition");
        if (!(goodEnd.alpha() < poorEnd.alpha())) {
            throw new IllegalArgumentException("the good branch must start below the poor branch's end: "
                    + goodEnd.alpha() + " >= " + poorEnd.alpha());
        }
        if (poorEndsAtBoundary == Double.isNaN(alphaPoorLimit)) {
            throw new IllegalArgumentException("the q* -> 1 limit is given exactly when the poor branch ends there");
        }
    }

    /** The first-order transition α_t (equal free entropies). */
    public double alphaTransition() {
        return 0.5 * (poorAtTransition.alpha() + goodAtTransition.alpha());
    }

    /**
     * The load of the poor branch's last solution: its fold (the upper spinodal), or where its trace
     * stopped at {@code 1 − q*} ≈ 1e-9, about 7e-4 below the q* → 1 limit ({@link #alphaPoorBranchEnd}).
     */
    public double alphaPoorEnd() {
        return poorEnd.alpha();
    }

    /** Where the poor branch ends: its fold, or the limit of its load as q* → 1. */
    public double alphaPoorBranchEnd() {
        return poorEndsAtBoundary ? alphaPoorLimit : poorEnd.alpha();
    }

    /** The lower spinodal: the smallest α of the good branch. */
    public double alphaGoodEnd() {
        return goodEnd.alpha();
    }
}
