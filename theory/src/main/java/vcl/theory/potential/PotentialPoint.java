package vcl.theory.potential;

import java.util.Objects;
import vcl.theory.replica.GeneralizationError;

/**
 * The constrained saddle point at one overlap d: the potential {@code V(d)} (free entropy per
 * weight), the Lagrange field {@code ε = −dV/dd} that holds the overlap at d (zero at the
 * unconstrained optimum d* = q1), the order parameters and conjugates, the constrained system's
 * clipped teacher overlap, and how the iteration ended. A point that did not converge says so.
 */
public record PotentialPoint(double d, double v, double lagrangeField, CoupledOrder order,
        CoupledConjugates conjugates, double pSign, int iterations, double residual, boolean converged) {

    public PotentialPoint {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(conjugates, "conjugates");
    }

    /** The constrained system's generalization error {@code arccos(p)/π}. */
    public double epsG() {
        return GeneralizationError.value(Math.max(-1, Math.min(1, pSign)));
    }

    /** The same point flagged as not converged (a root search that ended on it without finding the root). */
    public PotentialPoint notConverged() {
        return new PotentialPoint(d, v, lagrangeField, order, conjugates, pSign, iterations, residual, false);
    }
}
