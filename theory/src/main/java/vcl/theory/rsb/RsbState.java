package vcl.theory.rsb;

import java.util.Objects;
import vcl.theory.replica.SingleSiteMeasure;
import vcl.theory.task1.Task1Solution;

/**
 * A one-step replica-symmetry-broken (1RSB) point of task 1 at Parisi parameter x, in the
 * conventions of {@link vcl.theory.stability.OneStepRsb}:
 * <pre>
 *   Φ = −q̂* q* + ½[(1 − x) q̂1 q1 + x q̂0 q0] − r̂ r + G_S + α G_E,
 * </pre>
 * overlaps {@code q1} inside a block of x replicas and {@code q0} between blocks
 * ({@code r² < q0 ≤ q1 < q* < 1}), conjugates {@code 0 ≤ q̂0 ≤ q̂1}. With {@code q0 = q1} and
 * {@code q̂0 = q̂1} it is the replica-symmetric point for every x.
 */
public record RsbState(double alpha, double beta, SingleSiteMeasure measure, double x,
        double q0, double q1, double qStar, double r,
        double q0Hat, double q1Hat, double qStarHat, double rHat, double phi) {

    public RsbState {
        Objects.requireNonNull(measure, "measure");
        if (!(alpha > 0) || !(beta > 0)) {
            throw new IllegalArgumentException("1RSB state needs alpha > 0 and beta > 0");
        }
        if (!(x > 0 && x <= 1)) {
            throw new IllegalArgumentException("Parisi parameter x must lie in (0, 1], got " + x);
        }
        if (!(r * r < q0 && q0 <= q1 && q1 < qStar && qStar < 1)) {
            throw new IllegalArgumentException("need r^2 < q0 <= q1 < q* < 1: r=" + r + " q0=" + q0
                    + " q1=" + q1 + " q*=" + qStar);
        }
        if (!(q0Hat >= 0 && q1Hat >= q0Hat) || !Double.isFinite(q1Hat) || !Double.isFinite(rHat)
                || !Double.isFinite(qStarHat)) {
            throw new IllegalArgumentException("need finite conjugates with 0 <= q0^ <= q1^: q0^=" + q0Hat
                    + " q1^=" + q1Hat);
        }
        if (!Double.isFinite(phi)) {
            throw new IllegalArgumentException("1RSB state needs a finite free entropy");
        }
    }

    /** True when the state is replica symmetric (no gap between the two overlaps). */
    public boolean isReplicaSymmetric() {
        return q0 == q1 && q0Hat == q1Hat;
    }

    /**
     * The replica-symmetric point of a converged task-1 solution written as a 1RSB state at x
     * ({@code q0 = q1 = q}, {@code q̂0 = q̂1 = q̂}).
     *
     * @throws IllegalArgumentException if the solution did not converge
     */
    public static RsbState replicaSymmetric(Task1Solution solution, SingleSiteMeasure measure, double x) {
        if (!solution.converged()) {
            throw new IllegalArgumentException("the task-1 solution at alpha = " + solution.alpha()
                    + " did not converge");
        }
        var op = solution.orderParameters();
        var c = solution.conjugates();
        return new RsbState(solution.alpha(), solution.beta(), measure, x, op.q(), op.q(), op.qStar(), op.r(),
                c.qHat(), c.qHat(), c.qStarHat(), c.rHat(), solution.phi());
    }
}
