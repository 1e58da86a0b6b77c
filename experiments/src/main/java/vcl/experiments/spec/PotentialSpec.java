package vcl.experiments.spec;

import java.util.Objects;
import vcl.theory.potential.ReferenceBranch;
import vcl.theory.prior.PriorKind;

/**
 * {@code vcl solve potential}: the loads, β, overlaps and reference of a Franz-Parisi potential
 * V(d) of task 1; validated once.
 *
 * @param alpha     loads, each in (0, 50]
 * @param beta      inverse temperature in (0, 1000]
 * @param d         overlaps with the reference, each in (−1, 1)
 * @param prior     single-site prior (of the reference and the constrained system)
 * @param entropyK  strength of the entropy prior (>= 0), or null for k = β
 * @param reference which task-1 solution the reference is drawn from
 * @param tolerance residual tolerance of the constrained saddle point
 * @param maxIterations iteration cap per point
 */
public record PotentialSpec(double[] alpha, double beta, double[] d, PriorKind prior, Double entropyK,
        ReferenceBranch reference, double tolerance, int maxIterations) {

    /** Overlaps with the reference. */
    public static final Range OVERLAP = Range.open(-1, 1);

    public PotentialSpec {
        alpha = SolverRanges.ALPHA.checkAll("--alpha", alpha);
        SolverRanges.BETA.check("--beta", beta);
        d = OVERLAP.checkAll("--d", d);
        Objects.requireNonNull(prior, "prior");
        Objects.requireNonNull(reference, "reference");
        if (entropyK != null) {
            SolverRanges.ENTROPY_K.check("--entropy-k", entropyK);
            if (!prior.takesStrength()) {
                throw UserInputException.malformed("--entropy-k", "--entropy-k sets the strength of a prior that"
                        + " takes one (--prior entropy); it does nothing with --prior " + prior.label());
            }
        }
        SolverRanges.TOLERANCE.check("--tolerance", tolerance);
        SolverRanges.ITERATIONS.check("--max-iterations", maxIterations);
    }

    @Override
    public double[] alpha() {
        return alpha.clone();
    }

    @Override
    public double[] d() {
        return d.clone();
    }

    /** The entropy prior's strength: the given k, else β. */
    public double strength() {
        return entropyK == null ? beta : entropyK;
    }
}
