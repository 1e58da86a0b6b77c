package vcl.theory.replica;

/**
 * A saddle-point problem along a scalar load, as a {@link LoadContinuation} needs it: solves from a
 * guess (with the solver's own iteration cap or a given one) and two starting guesses, one on the
 * low-load (poor-generalization) side and one deep in the good-generalization regime.
 *
 * @param <S> the solution type
 */
public interface LoadSolver<S extends BranchPoint<S>> {

    /** Solves at {@code load} from {@code guess} with the solver's full iteration cap. */
    S solve(double load, OrderParameters guess);

    /** Solves at {@code load} from {@code guess} with at most {@code iterationCap} iterations. */
    S solve(double load, OrderParameters guess, int iterationCap);

    /**
     * As {@link #solve(double, OrderParameters, int)}, and the solver may give up early (not
     * converged) once its residual has stopped falling: the smallest residual so far has not halved
     * during {@code stallWindow} iterations. The default ignores the window.
     */
    default S solve(double load, OrderParameters guess, int iterationCap, int stallWindow) {
        return solve(load, guess, iterationCap);
    }

    /** A starting point at a small load (poor-generalization side). */
    OrderParameters lowLoadGuess(double load);

    /** A starting point at a large load, deep in the good-generalization regime. */
    OrderParameters highLoadGuess(double load);
}
