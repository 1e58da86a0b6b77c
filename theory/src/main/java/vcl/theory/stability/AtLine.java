package vcl.theory.stability;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * The de Almeida–Thouless point of task 1's poor branch at one β: the load where its replicon
 * eigenvalue crosses zero, {@code λ_R(α_AT) = 0}, by Brent's method (to 1e-9 in α) on
 * {@link Replicon#eigenvalue} along the branch continued from small α.
 */
public final class AtLine {

    private AtLine() {
    }

    /**
     * α_AT in [alphaLo, alphaHi], where the poor branch is stable (λ_R > 0) at alphaLo and unstable
     * at alphaHi.
     *
     * @throws IllegalArgumentException if λ_R does not change sign over the bracket
     */
    public static double poorBranch(Task1Solver solver, Replicon replicon, double alphaLo, double alphaHi) {
        double lo = eigenvalue(solver, replicon, alphaLo);
        double hi = eigenvalue(solver, replicon, alphaHi);
        if (!(lo > 0 && hi < 0)) {
            throw new IllegalArgumentException("no AT point bracketed: lambda_R = " + lo + " at alpha = " + alphaLo
                    + ", " + hi + " at alpha = " + alphaHi);
        }
        return new BrentSolver(1e-9).solve(100, a -> eigenvalue(solver, replicon, a), alphaLo, alphaHi);
    }

    /**
     * The first load where the poor branch turns unstable: λ_R scanned on α = step, 2·step, … up to
     * {@code alphaMax} (while the branch continues), the first sign change refined by
     * {@link #poorBranch}; empty when λ_R stays positive.
     */
    public static java.util.Optional<Double> firstInstability(Task1Solver solver, Replicon replicon, double alphaMax,
            double step) {
        double previous = step;
        for (double a = step; a <= alphaMax + 1e-12; a += step) {
            double l;
            try {
                l = eigenvalue(solver, replicon, a);
            } catch (IllegalStateException branchEnded) {
                return java.util.Optional.empty();
            }
            if (l < 0) {
                return a == step ? java.util.Optional.empty()
                        : java.util.Optional.of(poorBranch(solver, replicon, previous, a));
            }
            previous = a;
        }
        return java.util.Optional.empty();
    }

    /** λ_R on the poor branch at α (continued from α/4 in quarter steps from the small-α guess). */
    public static double eigenvalue(Task1Solver solver, Replicon replicon, double alpha) {
        Task1Solution s = solver.solve(0.25 * alpha, solver.smallAlphaGuess(0.25 * alpha));
        for (double f = 0.5; f <= 1.0; f += 0.25) {
            s = solver.solve(f * alpha, s.orderParameters());
        }
        if (!s.converged()) {
            throw new IllegalStateException("poor branch not converged at alpha = " + alpha);
        }
        return replicon.eigenvalue(alpha, s.orderParameters(), s.conjugates());
    }
}
