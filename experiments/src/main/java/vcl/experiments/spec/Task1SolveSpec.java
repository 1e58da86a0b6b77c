package vcl.experiments.spec;

import java.util.Arrays;
import java.util.Objects;
import vcl.theory.prior.PriorKind;

/**
 * {@code vcl solve task1}: the loads, temperature and prior of a task-1 sweep, validated once.
 *
 * @param alpha      loads, each in (0, 50]
 * @param beta       inverse temperature in (0, 1000]
 * @param prior      single-site prior
 * @param entropyK   strength of the entropy prior (>= 0), or null for k = β
 * @param qStarFixed q* held fixed in (0, 1), or null
 * @param transition also locate the first-order transition
 * @param solver     solver accuracy and shown rows
 * @param replicon   also print the replicon eigenvalue λ_R of every row (the column {@code replicon})
 */
public record Task1SolveSpec(double[] alpha, double beta, PriorKind prior, Double entropyK, Double qStarFixed,
        boolean transition, SolverSettings solver, boolean replicon) {

    public Task1SolveSpec {
        alpha = SolverRanges.ALPHA.checkAll("--alpha", alpha);
        SolverRanges.BETA.check("--beta", beta);
        Objects.requireNonNull(prior, "prior");
        Objects.requireNonNull(solver, "solver");
        if (qStarFixed != null) {
            SolverRanges.QSTAR_FIXED.check("--qstar-fixed", qStarFixed);
        }
        SolverRanges.checkEntropyK(entropyK, prior);
    }

    /** Without the replicon column. */
    public Task1SolveSpec(double[] alpha, double beta, PriorKind prior, Double entropyK, Double qStarFixed,
            boolean transition, SolverSettings solver) {
        this(alpha, beta, prior, entropyK, qStarFixed, transition, solver, false);
    }

    /** The loads (a copy). */
    @Override
    public double[] alpha() {
        return alpha.clone();
    }

    /** The entropy prior's strength in use: the given k, else β. */
    public double strength() {
        return entropyK == null ? beta : entropyK;
    }

    @Override
    public String toString() {
        return "Task1SolveSpec[alpha=" + Arrays.toString(alpha) + ", beta=" + beta + ", prior=" + prior + "]";
    }
}
