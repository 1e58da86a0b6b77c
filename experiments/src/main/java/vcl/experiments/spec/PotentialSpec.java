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
 * @param oneStep   the reference drawn from the one-step RSB (1RSB) poor branch instead of its
 *     replica-symmetric saddle point (docs/theory-potential.md section 10); needs the poor reference
 * @param parisiX   the Parisi parameter of the 1RSB reference, or null for the static x*
 * @param stationary also locate the stationary points of V between the overlaps (states and
 *     barriers away from d*; replica-symmetric reference only)
 */
public record PotentialSpec(double[] alpha, double beta, double[] d, PriorKind prior, Double entropyK,
        ReferenceBranch reference, double tolerance, int maxIterations, boolean oneStep, Double parisiX,
        boolean stationary) {

    /** Overlaps with the reference. */
    public static final Range OVERLAP = Range.open(-1, 1);
    /** Parisi parameters of a 1RSB reference. */
    public static final Range PARISI_X = Range.positive(1);

    public PotentialSpec {
        alpha = SolverRanges.ALPHA.checkAll("--alpha", alpha);
        SolverRanges.BETA.check("--beta", beta);
        d = OVERLAP.checkAll("--d", d);
        Objects.requireNonNull(prior, "prior");
        Objects.requireNonNull(reference, "reference");
        SolverRanges.checkEntropyK(entropyK, prior);
        SolverRanges.TOLERANCE.check("--tolerance", tolerance);
        SolverRanges.ITERATIONS.check("--max-iterations", maxIterations);
        if (oneStep && reference != ReferenceBranch.POOR) {
            throw UserInputException.malformed("--rsb", "--rsb draws the reference from the 1RSB poor branch: use it"
                    + " with --reference poor (the good branch is replica-symmetric stable)");
        }
        if (parisiX != null) {
            if (!oneStep) {
                throw UserInputException.malformed("--parisi-x", "--parisi-x sets the Parisi parameter of a 1RSB"
                        + " reference: use it with --rsb");
            }
            PARISI_X.check("--parisi-x", parisiX);
        }
        if (stationary && oneStep) {
            throw UserInputException.malformed("--stationary", "--stationary locates the states and barriers of V"
                    + " around a replica-symmetric reference; it is not available with --rsb");
        }
    }

    /** A reference without the search for stationary points. */
    public PotentialSpec(double[] alpha, double beta, double[] d, PriorKind prior, Double entropyK,
            ReferenceBranch reference, double tolerance, int maxIterations, boolean oneStep, Double parisiX) {
        this(alpha, beta, d, prior, entropyK, reference, tolerance, maxIterations, oneStep, parisiX, false);
    }

    /** A replica-symmetric reference. */
    public PotentialSpec(double[] alpha, double beta, double[] d, PriorKind prior, Double entropyK,
            ReferenceBranch reference, double tolerance, int maxIterations) {
        this(alpha, beta, d, prior, entropyK, reference, tolerance, maxIterations, false, null, false);
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
