package vcl.theory.probe;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vcl.theory.franzparisi.Task2Solution;
import vcl.theory.franzparisi.Task2Solver;
import vcl.theory.franzparisi.Task2Sweep;
import vcl.theory.numerics.NumericalLimitException;
import vcl.theory.prior.PriorKind;
import vcl.theory.replica.BranchPoint;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SweepMonitor;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;
import vcl.theory.task1.Task1Sweep;

/**
 * Runs points of the documented parameter space the way {@code vcl solve} does (a continuation
 * sweep at the command's default tolerance and iteration cap) and classifies each: solved (every
 * requested load has a converged row), not converged (a row says converged=false, or a load has no
 * row, e.g. when the time budget ran out: the command's exit 3) or failed (an exception escaped: a trace, exit 70). Counts outcomes.
 */
final class ValidSpaceProbe {

    /** How a point ended. */
    enum Outcome {
        SOLVED, NOT_CONVERGED, FAILED
    }

    /** One probed point: what, how it ended, and why when it did not solve. */
    record Result(String point, Outcome outcome, String detail, double seconds) {
    }

    static final double TOLERANCE = 1e-10;
    static final int MAX_ITERATIONS = 400;
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private final double budgetSeconds;

    /** A probe whose sweeps stop after {@code budgetSeconds} each (as {@code --time-limit} does). */
    ValidSpaceProbe(double budgetSeconds) {
        this.budgetSeconds = budgetSeconds;
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
    }

    /** A probe without a time budget. */
    ValidSpaceProbe() {
        this(Double.POSITIVE_INFINITY);
    }

    /** Stops a sweep once the budget has run out. */
    private SweepMonitor budget() {
        long start = System.nanoTime();
        return new SweepMonitor() {
            @Override
            public boolean stopRequested() {
                return (System.nanoTime() - start) / 1e9 > budgetSeconds;
            }
        };
    }

    /** Task 1 at the loads {@code alphas} (the command's sweep), prior of strength k, q* free (NaN) or fixed. */
    Result task1(double[] alphas, double beta, PriorKind prior, double k, double qStarFixed) {
        String point = String.format("task1 alpha=%s beta=%g prior=%s k=%g qstar=%g", java.util.Arrays.toString(alphas),
                beta, prior.label(), k, qStarFixed);
        return run(point, alphas, () -> {
            Task1Solver solver = new Task1Solver(beta, prior.measure(beta, k), qStarFixed, QuadratureSettings.DEFAULT,
                    TOLERANCE, MAX_ITERATIONS, true);
            return new Task1Sweep(solver).sweep(alphas, null, budget());
        });
    }

    /** Task 2 around the flat task-1 reference at α1, over the loads {@code alpha2s} at (γ, r0). */
    Result task2(double alpha1, double beta, double gamma, double r0, double[] alpha2s) {
        String point = String.format("task2 alpha1=%g beta=%g gamma=%g r0=%g alpha2=%s", alpha1, beta, gamma, r0,
                java.util.Arrays.toString(alpha2s));
        return run(point, alpha2s, () -> {
            Task2Solver solver;
            try {
                solver = Task2Solver.around(alpha1, beta, QuadratureSettings.DEFAULT, TOLERANCE, MAX_ITERATIONS);
            } catch (NumericalLimitException e) {
                // the command reports this as exit 3 with no row
                return List.<Task2Solution>of();
            }
            return new Task2Sweep(solver).branches(alpha2s, gamma, r0, null, budget());
        });
    }

    private <S extends BranchPoint<S>> Result run(String point, double[] loads, Supplier<List<S>> solve) {
        long t0 = System.nanoTime();
        Outcome outcome;
        String detail = "";
        try {
            List<S> rows = solve.get();
            long missing = java.util.Arrays.stream(loads).distinct()
                    .filter(a -> rows.stream().noneMatch(s -> s.load() == a)).count();
            boolean allConverged = rows.stream().allMatch(S::converged);
            outcome = missing == 0 && allConverged ? Outcome.SOLVED : Outcome.NOT_CONVERGED;
            if (outcome != Outcome.SOLVED) {
                detail = missing + " loads without a row, " + rows.stream().filter(s -> !s.converged()).count()
                        + " rows not converged";
            }
        } catch (RuntimeException e) {
            outcome = Outcome.FAILED;
            detail = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        counts.merge(outcome, 1, Integer::sum);
        return new Result(point, outcome, detail, (System.nanoTime() - t0) / 1e9);
    }

    /** Points probed so far, by outcome. */
    Map<Outcome, Integer> counts() {
        return Map.copyOf(counts);
    }
}
