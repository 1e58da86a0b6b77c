package vcl.theory.numerics;

/**
 * A computation at a valid input that double precision cannot complete: a quadrature whose
 * refinements keep changing above the rounding noise, a bracket that no representable number
 * closes, a task-1 reference that converges from neither side. Not a bug and not bad input: the
 * solvers report the point as not converged.
 */
public final class NumericalLimitException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    public NumericalLimitException(String message) {
        super(message);
    }
}
