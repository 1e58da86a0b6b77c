package vcl.theory.task1;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * α sweeps of the task-1 saddle point by continuation, upward from small α (the
 * poor-generalization branch) and downward from the largest α (started deep in the
 * good-generalization regime), so that coexisting branches and first-order jumps are found.
 *
 * <p>Continuation takes internal steps of at most {@code maxStep} between requested α values,
 * halving the step when a solve fails. A branch ends (a spinodal) when a solve fails at the
 * smallest step or jumps by more than {@code jumpTolerance} in r from where it came. Where both
 * sweeps hold a solution and they differ, both are reported; the larger free entropy is the stable
 * one. {@link #transition} locates the first-order transition by bisection on {@code Φ_good − Φ_poor}.
 */
public final class Task1Sweep {

    private static final double SAME = 1e-6;
    /** Iteration cap of a continuation step: a slow solve means a too-long step or a branch end. */
    private static final int CONTINUATION_ITERATIONS = 60;
    private static final double MIN_STEP = 1e-3;
    private final Task1Solver solver;
    private final double maxStep;
    private final double jumpTolerance;

    public Task1Sweep(Task1Solver solver, double maxStep, double jumpTolerance) {
        this.solver = solver;
        this.maxStep = maxStep;
        this.jumpTolerance = jumpTolerance;
    }

    public Task1Sweep(Task1Solver solver) {
        this(solver, 0.05, 0.05);
    }

    /** The rows of a sweep plus the transition, when one was asked for and found. */
    public record Result(List<Task1Solution> rows, Optional<Double> transition) {
    }

    /**
     * Solves at every α (any order, duplicates removed) on both branches.
     *
     * @param progress called with the number of requested α done on each pass (may be null)
     */
    public List<Task1Solution> sweep(double[] alphas, IntConsumer progress) {
        double[] a = Arrays.stream(alphas).distinct().sorted().toArray();
        Task1Solution[] up = continueBranch(a, true, progress);
        Task1Solution[] down = continueBranch(a, false, progress);
        List<Task1Solution> rows = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            rows.addAll(merge(up[i], down[i]));
        }
        return rows;
    }

    /** The α where the poor and good branches have equal free entropy, if both coexist somewhere in the list. */
    public Optional<Double> transition(List<Task1Solution> rows) {
        Task1Solution lastPoorStable = null;
        Task1Solution firstGoodStable = null;
        List<Task1Solution> poor = new ArrayList<>();
        List<Task1Solution> good = new ArrayList<>();
        for (Task1Solution s : rows) {
            switch (s.branch()) {
                case POOR_STABLE, POOR_METASTABLE -> poor.add(s);
                case GOOD_STABLE, GOOD_METASTABLE -> good.add(s);
                default -> { }
            }
        }
        if (poor.isEmpty() || good.isEmpty()) {
            return Optional.empty();
        }
        // bracket: an α where poor wins and one where good wins, both branches present
        double lo = Double.NaN;
        double hi = Double.NaN;
        Task1Solution pLo = null;
        Task1Solution gLo = null;
        for (Task1Solution p : poor) {
            for (Task1Solution g : good) {
                if (p.alpha() == g.alpha()) {
                    if (p.phi() >= g.phi()) {
                        lo = p.alpha();
                        pLo = p;
                        gLo = g;
                    } else if (Double.isNaN(hi)) {
                        hi = p.alpha();
                    }
                }
            }
        }
        if (Double.isNaN(lo) || Double.isNaN(hi) || hi < lo) {
            return Optional.empty();
        }
        OrderParameters pGuess = pLo.orderParameters();
        OrderParameters gGuess = gLo.orderParameters();
        for (int k = 0; k < 60 && hi - lo > 1e-10; k++) {
            double mid = 0.5 * (lo + hi);
            Task1Solution p = solver.solve(mid, pGuess);
            Task1Solution g = solver.solve(mid, gGuess);
            if (!p.converged() || !g.converged()) {
                return Optional.empty();
            }
            if (p.phi() >= g.phi()) {
                lo = mid;
                pGuess = p.orderParameters();
                gGuess = g.orderParameters();
            } else {
                hi = mid;
            }
        }
        return Optional.of(0.5 * (lo + hi));
    }

    private Task1Solution[] continueBranch(double[] a, boolean upward, IntConsumer progress) {
        Task1Solution[] out = new Task1Solution[a.length];
        int n = a.length;
        double start = upward ? Math.min(a[0], 0.05) : a[n - 1];
        OrderParameters guess = upward ? solver.smallAlphaGuess(start) : solver.largeAlphaGuess();
        Task1Solution current = solver.solve(start, guess);
        if (!current.converged()) {
            return out;
        }
        Task1Solution previous = null;
        double alpha = start;
        for (int k = 0; k < n; k++) {
            int i = upward ? k : n - 1 - k;
            double target = a[i];
            boolean alive = true;
            double step = maxStep;
            while (alive && alpha != target) {
                double next = upward ? Math.min(target, alpha + step) : Math.max(target, alpha - step);
                Task1Solution s = solver.solve(next, predict(previous, current, next), CONTINUATION_ITERATIONS);
                boolean jumped = Math.abs(s.r() - current.r()) > jumpTolerance * Math.max(1, Math.abs(next - alpha) / maxStep);
                if (s.converged() && !jumped) {
                    previous = current;
                    current = s;
                    alpha = next;
                    step = Math.min(maxStep, 2 * step);
                } else if (step > MIN_STEP) {
                    step *= 0.25;
                } else {
                    alive = false;
                }
            }
            if (!alive) {
                break;
            }
            out[i] = current;
            if (progress != null) {
                progress.accept(k + 1);
            }
        }
        return out;
    }

    /**
     * Secant predictor: the straight line through the last two solutions of the branch, evaluated at
     * the next α (falls back to the last solution, or to it when the line leaves the physical domain).
     */
    private static OrderParameters predict(Task1Solution previous, Task1Solution current, double next) {
        if (previous == null) {
            return current.orderParameters();
        }
        double t = (next - current.alpha()) / (current.alpha() - previous.alpha());
        double q = current.q() + t * (current.q() - previous.q());
        double r = current.r() + t * (current.r() - previous.r());
        double qs = current.qStar() + t * (current.qStar() - previous.qStar());
        if (q > 0 && r * r < q && q < qs && qs < 1) {
            return new OrderParameters(q, r, qs);
        }
        return current.orderParameters();
    }

    private static List<Task1Solution> merge(Task1Solution up, Task1Solution down) {
        if (up == null && down == null) {
            return List.of();
        }
        if (up == null || down == null || up.orderParameters().distance(down.orderParameters()) < SAME) {
            return List.of(up != null ? up : down);
        }
        Task1Solution poor = up.r() <= down.r() ? up : down;
        Task1Solution good = poor == up ? down : up;
        boolean goodWins = good.phi() > poor.phi();
        return List.of(
                poor.withBranch(goodWins ? Task1Solution.Branch.POOR_METASTABLE : Task1Solution.Branch.POOR_STABLE),
                good.withBranch(goodWins ? Task1Solution.Branch.GOOD_STABLE : Task1Solution.Branch.GOOD_METASTABLE));
    }
}
