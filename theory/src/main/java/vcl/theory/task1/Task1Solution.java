package vcl.theory.task1;

import vcl.theory.replica.Branch;
import vcl.theory.replica.BranchPoint;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.OrderParameters;

/**
 * A solved task-1 saddle point with its provenance: where it was solved, the solution, the
 * observables and how well the solve converged.
 *
 * @param prior name of the single-site measure ({@code flat}, {@code entropy})
 * @param p overlap of the clipped student sign(m) with the teacher, {@code E_z⟨sign m⟩}
 * @param epsG generalization error {@code arccos(p)/π}
 * @param phi free entropy per weight at the saddle point
 * @param branch which branch of a sweep it is, see {@link Branch}
 * @param residual sup-norm of {@code T(x) − x} at the returned point
 */
public record Task1Solution(double alpha, double beta, String prior, OrderParameters orderParameters,
        Conjugates conjugates, double p, double epsG, double phi, Branch branch, int iterations,
        double residual, boolean converged) implements BranchPoint<Task1Solution> {

    /** The load α. */
    @Override
    public double load() {
        return alpha;
    }

    @Override
    public Task1Solution withBranch(Branch b) {
        return new Task1Solution(alpha, beta, prior, orderParameters, conjugates, p, epsG, phi, b,
                iterations, residual, converged);
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
}
