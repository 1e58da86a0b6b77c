package vcl.experiments.spec;

import java.util.Objects;

/**
 * {@code vcl solve task2}: task 2 around the task-1 reference, validated once.
 *
 * @param alpha1     task-1 load in (0, 50]
 * @param beta       inverse temperature in (0, 1000]
 * @param gamma      KL strength in [0, 100]
 * @param r0         teacher overlaps, each in [-1, 1]
 * @param alpha2     task-2 loads, each in (0, 50]
 * @param transition also locate the first-order transition of every r0
 * @param solver     solver accuracy and shown rows
 * @param replicon   also print the replicon eigenvalue λ_R of every row (the column {@code replicon})
 */
public record Task2SolveSpec(double alpha1, double beta, double gamma, double[] r0, double[] alpha2,
        boolean transition, SolverSettings solver, boolean replicon) {

    public Task2SolveSpec {
        SolverRanges.ALPHA.check("--alpha1", alpha1);
        SolverRanges.BETA.check("--beta", beta);
        SolverRanges.GAMMA.check("--gamma", gamma);
        r0 = SolverRanges.R0.checkAll("--r0", r0);
        alpha2 = SolverRanges.ALPHA.checkAll("--alpha2", alpha2);
        Objects.requireNonNull(solver, "solver");
    }

    /** Without the replicon column. */
    public Task2SolveSpec(double alpha1, double beta, double gamma, double[] r0, double[] alpha2,
            boolean transition, SolverSettings solver) {
        this(alpha1, beta, gamma, r0, alpha2, transition, solver, false);
    }

    /** The teacher overlaps (a copy). */
    @Override
    public double[] r0() {
        return r0.clone();
    }

    /** The task-2 loads (a copy). */
    @Override
    public double[] alpha2() {
        return alpha2.clone();
    }
}
