package vcl.theory.potential;

import java.util.Objects;
import vcl.theory.replica.GeneralizationError;

/**
 * The constrained saddle point around a one-step reference at one overlap d: {@code V(d)}, the
 * Lagrange field {@code ε = −dV/dd}, the order parameters and conjugates, the constrained system's
 * clipped teacher overlap, and how the iteration ended. A point that did not converge says so.
 */
public record RsbPotentialPoint(double d, double v, double lagrangeField, RsbCoupledOrder order,
        RsbCoupledConjugates conjugates, double pSign, int iterations, double residual, boolean converged) {

    public RsbPotentialPoint {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(conjugates, "conjugates");
    }

    /** The constrained system's generalization error {@code arccos(p)/π}. */
    public double epsG() {
        return GeneralizationError.value(Math.max(-1, Math.min(1, pSign)));
    }
}
