package vcl.theory.franzparisi;

import vcl.theory.replica.Branch;
import vcl.theory.replica.BranchPoint;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.OrderParameters;

/**
 * A solved task-2 saddle point (the Franz-Parisi potential of task 2 around the task-1 reference).
 *
 * @param alpha1 load of task 1 (the reference)
 * @param point where task 2 was solved (α2, γ, r0)
 * @param orderParameters (q2, r2, q2*), r2 the overlap with teacher 2
 * @param p1 clipped overlap with teacher 1, {@code E⟨sign m⟩} (retention of task 1)
 * @param p2 clipped overlap with teacher 2, {@code E[B⟨sign m⟩]} (learning of task 2)
 * @param epsG1 {@code arccos(p1)/π} (forgetting)
 * @param epsG2 {@code arccos(p2)/π}
 * @param phi the constrained free entropy per weight at the saddle point (the Franz-Parisi potential);
 *     of two coexisting solutions the larger is the stable one
 * @param branch which branch of an α2 sweep it is ({@link Branch#UNIQUE} for a single solve)
 * @param residual sup-norm of {@code T(x) − x} at the returned point
 */
public record Task2Solution(double alpha1, double beta, Task2Point point, OrderParameters orderParameters,
        Conjugates conjugates, double p1, double p2, double epsG1, double epsG2, double phi, Branch branch,
        int iterations, double residual, boolean converged) implements BranchPoint<Task2Solution> {

    public Task2Solution {
        if (point == null || orderParameters == null || conjugates == null || branch == null) {
            throw new IllegalArgumentException("point, order parameters, conjugates and branch are required");
        }
    }

    /** The load α2 of the sweeps. */
    @Override
    public double load() {
        return point.alpha2();
    }

    @Override
    public Task2Solution withBranch(Branch b) {
        return new Task2Solution(alpha1, beta, point, orderParameters, conjugates, p1, p2, epsG1, epsG2, phi, b,
                iterations, residual, converged);
    }

    public double alpha2() {
        return point.alpha2();
    }

    public double gamma() {
        return point.gamma();
    }

    public double r0() {
        return point.r0();
    }

    public double q() {
        return orderParameters.q();
    }

    public double r() {
        return orderParameters.r();
    }

    public double qStar() {
        return orderParameters.qStar();
    }

    /** {@code arccos(p)/π} with p clipped into [−1, 1]. */
    static double error(double p) {
        return Math.acos(Math.max(-1, Math.min(1, p))) / Math.PI;
    }
}
