package vcl.theory.gibbs;

import java.util.Objects;
import vcl.theory.replica.Branch;
import vcl.theory.replica.BranchPoint;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.EntropicAverages;
import vcl.theory.replica.GeneralizationError;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.SaddleSolution;

/**
 * A solved saddle point of Gibbs learning of the binary perceptron: load α, inverse temperature β
 * ({@code +∞} at zero temperature), the shared {@link SaddleSolution} (q* = 1; at zero temperature
 * Φ is the entropy of the version space per weight, in nats) and the branch label.
 */
public record GibbsSolution(double alpha, double beta, SaddleSolution saddle, Branch branch)
        implements BranchPoint<GibbsSolution> {

    public GibbsSolution {
        Objects.requireNonNull(saddle, "saddle");
        Objects.requireNonNull(branch, "branch");
    }

    /**
     * The perfect state q = r = 1 (the student frozen onto the teacher): a solution at every load and
     * temperature, with Φ = 0 (no training error, a single configuration) and q̂ = r̂ = +∞.
     */
    public static GibbsSolution perfect(double alpha, double beta) {
        OrderParameters one = new OrderParameters(1, 1, 1);
        EntropicAverages averages = new EntropicAverages(Double.POSITIVE_INFINITY, 1, 1, 1, 1, 1);
        return new GibbsSolution(alpha, beta, new SaddleSolution(one, Conjugates.FROZEN, averages, 0.0, 0, 0.0, true),
                Branch.UNIQUE);
    }

    /** True for the perfect state q = r = 1. */
    public boolean perfect() {
        return orderParameters().q() == 1;
    }

    @Override
    public double load() {
        return alpha;
    }

    @Override
    public GibbsSolution withBranch(Branch b) {
        return new GibbsSolution(alpha, beta, saddle, b);
    }

    /** The generalization error of a Gibbs student, {@code arccos(r)/π} (binary weights: ⟨sign m⟩ = ⟨m⟩). */
    public double epsG() {
        return GeneralizationError.value(r());
    }
}
