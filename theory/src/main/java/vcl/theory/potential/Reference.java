package vcl.theory.potential;

import java.util.Objects;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.SingleSiteMeasure;
import vcl.theory.task1.Task1Solution;

/**
 * The task-1 equilibrium a reference configuration m1 is drawn from: its load α, β, prior, order
 * parameters (q1, r1, q1*), conjugates (q̂1, r̂1, q̂1*) and free entropy Φ1.
 */
public record Reference(double alpha, double beta, SingleSiteMeasure measure, OrderParameters order,
        Conjugates conjugates, double phi) {

    public Reference {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(conjugates, "conjugates");
        if (!(alpha > 0) || !(beta > 0) || !Double.isFinite(phi)) {
            throw new IllegalArgumentException("reference needs alpha > 0, beta > 0 and a finite phi");
        }
        if (!order.isInterior() || !(conjugates.qHat() > 0)) {
            throw new IllegalArgumentException("reference must be an interior task-1 point with q^ > 0: " + order);
        }
    }

    /**
     * The reference of a converged task-1 solution.
     *
     * @throws IllegalArgumentException if it did not converge
     */
    public static Reference of(Task1Solution solution, SingleSiteMeasure measure) {
        if (!solution.converged()) {
            throw new IllegalArgumentException("the task-1 reference at alpha = " + solution.alpha()
                    + " did not converge");
        }
        return new Reference(solution.alpha(), solution.beta(), measure, solution.orderParameters(),
                solution.conjugates(), solution.phi());
    }
}
