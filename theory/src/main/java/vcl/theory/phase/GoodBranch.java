package vcl.theory.phase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;
import vcl.theory.task1.Task1Sweep;

/**
 * The good-generalization branch of task 1 at one β, from large α down to its spinodal, as
 * {@link PhaseDiagram} needs it: its points along the curve (descending α) and its end.
 *
 * <p>Found in the first of three ways that works:
 * <ol>
 * <li>Newton: the fixed-point solution from the solver's large-α guess at the first of
 * {@link #STARTS} that converges, traced downward by {@link SolutionCurve} to its fold (β up to 300);
 * <li>the good-branch rows of a fixed-point {@link Task1Sweep} over {@link #GRID} (continued
 * downward from α = 2.5, so it stays on the good branch where the large-α guess alone would land on
 * the poor one), traced by Newton from the largest row where the trace reaches a fold;
 * <li>fixed point only: the lowest good-branch row continued downward by the fixed-point iteration
 * ({@link BranchChanges#toEnd}, steps down to {@link #END_STEP}, at most {@link #END_ITERATIONS}
 * iterations a step) to the last load where it stays on the branch, which is the spinodal to within
 * about {@link #END_STEP} (at β = 300 it gives 0.5319271 against Newton's fold 0.5319258).
 * </ol>
 * Both use the shared entropic rule, whose error moves the good branch's fold at large β (by 4e-6
 * at β = 300, 2.5e-4 at β = 1000); {@link PhaseDiagram} re-locates the end with {@link GoodSpinodal}.
 * Newton needs a relative residual of the gap {@code q* − q}; on the good branch at β ≥ 500 that
 * gap is 1e-7 at the spinodal and 1e-11 at α ≈ 2, and Newton's forward-difference Jacobian of
 * the nearly parallel q* and q residuals stalls (a 1 % step in α from a converged point at β = 500,
 * α = 0.5 does not converge in 40 iterations). The fixed-point iteration needs only absolute
 * residuals and converges on the whole good branch, which is stable under it down to the spinodal.
 *
 * @param trace the branch's points in descending α, ending at (or next to) its spinodal
 * @param end its spinodal (the fold), empty when the curve has none (a single branch)
 */
record GoodBranch(List<Task1Solution> trace, Optional<Task1Solution> end) {

    /** Loads where the good branch is started from the large-α guess. */
    static final double[] STARTS = {2.5, 2.2, 2.0, 1.8, 1.6};
    /** Loads of the fixed-point sweep that follows the good branch down where no start works. */
    static final double[] GRID = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8,
        1.9, 2.0, 2.1, 2.2, 2.3, 2.4, 2.5};
    /** Shortest fixed-point continuation step towards the spinodal. */
    static final double END_STEP = 1e-6;
    static final int END_ITERATIONS = 100;

    GoodBranch {
        trace = List.copyOf(trace);
    }

    /** The good branch at the solver's β (see the class comment). */
    static GoodBranch of(NewtonSaddle newton) {
        Task1Solver solver = newton.solver();
        SolutionCurve first = null;
        for (double alpha : STARTS) {
            Task1Solution s = solver.solve(alpha, solver.largeAlphaGuess());
            if (s.converged()) {
                try {
                    SolutionCurve c = SolutionCurve.trace(newton, s, false, 0.05, Double.MAX_VALUE, true);
                    if (first == null) {
                        first = c;
                    }
                    if (folds(c)) {
                        return new GoodBranch(c.branch(), c.fold());
                    }
                } catch (IllegalStateException notContinued) {
                    // try a smaller load, where the good branch is less extreme
                }
            }
        }
        List<Task1Solution> good = new Task1Sweep(solver).sweep(GRID, null).stream()
                .filter(s -> s.branch().good() && s.converged())
                .sorted(Comparator.comparingDouble(Task1Solution::alpha).reversed()).toList();
        for (int i = 0; i < good.size(); i++) {
            try {
                SolutionCurve c = SolutionCurve.trace(newton, good.get(i), false, 0.05, Double.MAX_VALUE, true);
                if (folds(c)) {
                    List<Task1Solution> trace = new ArrayList<>(good.subList(0, i));
                    trace.addAll(c.branch());
                    return new GoodBranch(trace, c.fold());
                }
            } catch (IllegalStateException notContinued) {
                // a smaller load, where the gap q* − q is larger
            }
        }
        if (!good.isEmpty()) {
            Optional<GoodBranch> fixedPoint = byFixedPoint(solver, good);
            if (fixedPoint.isPresent()) {
                return fixedPoint.get();
            }
        }
        if (first != null) {
            return new GoodBranch(first.branch(), Optional.empty());
        }
        throw new IllegalStateException("no good-branch solution to start from at beta = " + solver.beta());
    }

    /**
     * The third way: good-branch solutions in descending α, the lowest continued downward by the
     * fixed-point iteration to where the branch ends; empty if it does not end above half that load.
     */
    static Optional<GoodBranch> byFixedPoint(Task1Solver solver, List<Task1Solution> goodDescending) {
        List<Task1Solution> trace = new ArrayList<>(goodDescending);
        Task1Solution lowest = goodDescending.get(goodDescending.size() - 1);
        List<Task1Solution> down = new BranchChanges<>(solver, END_STEP, 0.02, END_ITERATIONS)
                .toEnd(lowest, 0.5 * lowest.alpha());
        trace.addAll(down.subList(1, down.size()));
        Task1Solution end = trace.get(trace.size() - 1);
        return end.alpha() > 0.5 * lowest.alpha() ? Optional.of(new GoodBranch(trace, Optional.of(end)))
                : Optional.empty();
    }

    /** True when the trace passed a local extremum of α (the good branch traced down reaches its spinodal). */
    private static boolean folds(SolutionCurve c) {
        return c.branch().size() < c.points().size();
    }
}
