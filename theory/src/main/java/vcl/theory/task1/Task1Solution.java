package vcl.theory.task1;

import java.util.Objects;
import vcl.theory.replica.Branch;
import vcl.theory.replica.BranchPoint;
import vcl.theory.replica.GeneralizationError;
import vcl.theory.replica.SaddleSolution;

/**
 * A solved task-1 saddle point with its provenance: where it was solved (α, β, prior), the shared
 * {@link SaddleSolution} (order parameters, conjugates, Φ, convergence, read through
 * {@link BranchPoint}) and the branch label.
 *
 * @param prior name of the single-site measure ({@code flat}, {@code entropy})
 * @param branch which branch of a sweep it is, see {@link Branch}
 */
public record Task1Solution(double alpha, double beta, String prior, SaddleSolution saddle, Branch branch)
        implements BranchPoint<Task1Solution> {

    public Task1Solution {
        Objects.requireNonNull(saddle, "saddle");
        Objects.requireNonNull(branch, "branch");
    }

    /** The load α. */
    @Override
    public double load() {
        return alpha;
    }

    @Override
    public Task1Solution withBranch(Branch b) {
        return new Task1Solution(alpha, beta, prior, saddle, b);
    }

    /** Overlap of the clipped student sign(m) with the teacher, {@code E_z⟨sign m⟩}. */
    public double p() {
        return saddle.averages().p();
    }

    /** Generalization error {@code arccos(p)/π}. */
    public double epsG() {
        return GeneralizationError.value(p());
    }
}
