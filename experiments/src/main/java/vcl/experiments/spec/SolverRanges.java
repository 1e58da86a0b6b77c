package vcl.experiments.spec;

import vcl.theory.prior.PriorKind;

/** The documented ranges of the replica solvers' parameters (README, {@code vcl solve --help}). */
public final class SolverRanges {

    /** Loads α, α1, α2 in (0, 50]. */
    public static final Range ALPHA = Range.positive(50);
    /** Inverse temperature β in (0, 1000]. */
    public static final Range BETA = Range.positive(1000);
    /** KL strength γ in [0, 100]. */
    public static final Range GAMMA = Range.nonNegative(100);
    /** Teacher overlap r0 in [-1, 1]. */
    public static final Range R0 = Range.closed(-1, 1);
    /** Fixed self-overlap q* in (0, 1). */
    public static final Range QSTAR_FIXED = Range.open(0, 1);
    /** Entropy-prior strength k >= 0. */
    public static final Range ENTROPY_K = Range.nonNegative(Double.POSITIVE_INFINITY);
    /** Residual tolerance in (0, 1e-3). */
    public static final Range TOLERANCE = Range.open(0, 1e-3);
    /** Time budget of a solve in seconds, a finite number > 0 (not given: none). */
    public static final Range TIME_LIMIT = Range.positive(Double.POSITIVE_INFINITY);
    /** Iteration cap, at least 1. */
    public static final Range ITERATIONS = Range.atLeast(1);

    private SolverRanges() {
    }

    /**
     * Checks {@code --entropy-k}: unset (null), or in range and given with a prior that takes a
     * strength.
     */
    public static void checkEntropyK(Double entropyK, PriorKind prior) {
        if (entropyK == null) {
            return;
        }
        ENTROPY_K.check("--entropy-k", entropyK);
        if (!prior.takesStrength()) {
            throw UserInputException.malformed("--entropy-k", "--entropy-k sets the strength of a prior that"
                    + " takes one (--prior entropy); it does nothing with --prior " + prior.label());
        }
    }
}
