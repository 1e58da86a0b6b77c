package vcl.theory.replica;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import vcl.theory.numerics.NumericalLimitException;

/**
 * Sweeps of a saddle point over a scalar load by continuation, upward from a small load (the
 * poor-generalization branch) and downward from the largest load (started deep in the
 * good-generalization regime), so that coexisting branches and first-order jumps are found. Used
 * for task 1 (load α) and task 2 (load α2 at fixed γ, r0).
 *
 * <p>Between requested loads the branch is followed in internal steps; each starts from the
 * parabola through the last three solutions (see {@code predict}) and is solved with at most {@code iterationCap}
 * iterations, given up earlier when the residual has not halved for {@code stallWindow} iterations
 * (past a spinodal the iteration stagnates at its starting residual: see {@link AndersonSolver}). A step is accepted when it converges and its r lies within {@code jumpTolerance} δ of
 * the prediction; otherwise it is retried at a quarter of its length. The step length adapts so
 * that r changes by about δ/2 per step: after an accepted step of length h that changed r by Δr,
 * the next is {@code h·(δ/2)/|Δr|}, at most twice the last (or the last planned, when a requested
 * load cut the step short) and within [{@code minStep}, {@code maxStep}]. So the
 * secant error stays far below δ on a smooth branch, while a jump to another branch (a change of r
 * well above δ/2 in one step) is rejected, and steps shrink on their own where the branch steepens
 * towards a spinodal. The branch ends (a spinodal, located to within {@code minStep}) when a step of
 * {@code minStep} still fails: past a saddle-node bifurcation the iteration either stalls (critical
 * slowing down hits the cap) or lands on the other branch.
 *
 * <p>Where both sweeps hold a solution and they differ (sup-distance of the order parameters above
 * 1e-6), both are reported, labelled poor (smaller r) or good and stable (larger free entropy Φ) or
 * metastable. {@link #transition} locates the first-order transition, the load where the two
 * free entropies are equal.
 *
 * <p>A solve that meets a numerical limit ({@link NumericalLimitException}) counts as a failed
 * step. A {@link SweepMonitor} sees every accepted step and can stop the sweep (a time budget); a
 * load that no sweep reached and that no single solve reaches then has no row, so callers compare
 * the rows' loads with the requested ones.
 *
 * @param <S> the solution type
 */
public final class LoadContinuation<S extends BranchPoint<S>> {

    /**
     * @param maxStep longest internal step in the load, > 0
     * @param minStep shortest step before a branch is declared ended, in (0, maxStep]
     * @param jumpTolerance δ: largest accepted |r − r_predicted| of a step, > 0; steps aim at |Δr| ≈ δ/2
     * @param iterationCap iteration cap of one continuation step (a slow solve means a too-long step or a branch end)
     * @param lowestStart the upward sweep starts at min(first requested load, lowestStart)
     * @param stallWindow a step is given up once its smallest residual has not halved for this many
     *     iterations (0: only the cap ends a step)
     */
    public record Settings(double maxStep, double minStep, double jumpTolerance, int iterationCap, double lowestStart,
            int stallWindow) {

        public Settings {
            if (!(maxStep > 0) || !(minStep > 0 && minStep <= maxStep) || !(jumpTolerance > 0) || iterationCap < 2
                    || !(lowestStart > 0) || stallWindow < 0) {
                throw new IllegalArgumentException("continuation settings: need maxStep >= minStep > 0, "
                        + "jumpTolerance > 0, iterationCap >= 2, lowestStart > 0, stallWindow >= 0");
            }
        }

        /** Settings whose steps end only at the iteration cap. */
        public Settings(double maxStep, double minStep, double jumpTolerance, int iterationCap, double lowestStart) {
            this(maxStep, minStep, jumpTolerance, iterationCap, lowestStart, 0);
        }
    }

    private static final double SAME = 1e-6;
    /** Stop the transition search when the bracket is this narrow. */
    private static final double TRANSITION_TOLERANCE = 1e-10;
    private final LoadSolver<S> solver;
    private final Settings settings;

    public LoadContinuation(LoadSolver<S> solver, Settings settings) {
        this.solver = solver;
        this.settings = settings;
    }

    /**
     * Solves at every load (any order, duplicates removed) on both branches; rows ascend in load,
     * poor before good where both exist. A load reached by neither sweep is solved once with the
     * solver's full iteration cap from the previous row and reported with its convergence flag.
     *
     * @param progress called with the number of requested loads done on each pass (may be null)
     */
    public List<S> sweep(double[] loads, IntConsumer progress) {
        return sweep(loads, progress, SweepMonitor.NONE);
    }

    /**
     * As {@link #sweep(double[], IntConsumer)}, watched by {@code monitor}: once it asks to stop, no
     * further step or solve is made and the loads not reached have no row.
     */
    public List<S> sweep(double[] loads, IntConsumer progress, SweepMonitor monitor) {
        double[] a = Arrays.stream(loads).distinct().sorted().toArray();
        List<S> rows = new ArrayList<>();
        if (a.length == 0) {
            return rows;
        }
        List<S> up = continueBranch(a, true, a[a.length - 1], progress, monitor);
        List<S> down = continueBranch(a, false, a[a.length - 1], progress, monitor);
        S last = null;
        for (int i = 0; i < a.length; i++) {
            S u = up.get(i);
            S d = down.get(i);
            if (u == null && d == null) {
                if (monitor.stopRequested()) {
                    continue;
                }
                // reached by neither branch: one full solve from the last row, reported with its flag
                u = solveOrNull(a[i], last != null ? last.orderParameters() : solver.lowLoadGuess(a[i]), -1);
                if (u == null) {
                    continue;
                }
            }
            List<S> merged = merge(u, d);
            rows.addAll(merged);
            last = merged.get(0);
        }
        return rows;
    }

    /** A solve with the given cap (or the solver's own, cap < 0); null when it meets a numerical limit. */
    private S solveOrNull(double load, OrderParameters guess, int cap) {
        try {
            return cap < 0 ? solver.solve(load, guess) : solver.solve(load, guess, cap, settings.stallWindow());
        } catch (NumericalLimitException e) {
            return null;
        }
    }

    /**
     * The load where the poor and the good branch have equal free entropy, bracketed by two
     * requested loads where both branches were found, poor winning at the lower and good at the upper
     * one, and refined by false position (Illinois variant, which converges superlinearly and keeps
     * the bracket) on {@code Φ_good − Φ_poor} to a bracket of 1e-10 in the load. Empty when there is
     * no such bracket or a solve in it fails.
     */
    public Optional<Double> transition(List<S> rows) {
        List<S> poor = rows.stream().filter(s -> s.branch().poor()).toList();
        List<S> good = rows.stream().filter(s -> s.branch().good()).toList();
        S pLo = null;
        S gLo = null;
        double hi = Double.NaN;
        double fHi = Double.NaN;
        for (S p : poor) {
            S g = good.stream().filter(x -> x.load() == p.load()).findFirst().orElse(null);
            if (g == null) {
                continue;
            }
            if (g.phi() > p.phi()) {
                hi = p.load();
                fHi = g.phi() - p.phi();
                break;
            }
            pLo = p;
            gLo = g;
        }
        if (pLo == null || Double.isNaN(hi)) {
            return Optional.empty();
        }
        List<S> lower = new java.util.ArrayList<>(List.of(pLo, gLo));
        return vcl.theory.numerics.FalsePosition.illinois(pLo.load(), gLo.phi() - pLo.phi(), hi, fHi,
                TRANSITION_TOLERANCE, 100, x -> {
                    S p = solver.solve(x, lower.get(0).orderParameters());
                    S g = solver.solve(x, lower.get(1).orderParameters());
                    if (!p.converged() || !g.converged() || p.orderParameters().distance(g.orderParameters()) < SAME) {
                        return java.util.OptionalDouble.empty();
                    }
                    double f = g.phi() - p.phi();
                    if (f < 0) {
                        // the next solves start from the latest point on the lower side
                        lower.set(0, p);
                        lower.set(1, g);
                    }
                    return java.util.OptionalDouble.of(f);
                });
    }

    /**
     * One branch alone at a load: the upward sweep's solution (continued from the small-load start:
     * the poor branch) or the downward one's, continued from {@code highStart} (at least the load;
     * the good branch when the start lies above the poor branch's end); empty where that sweep
     * does not reach the load (the branch has ended).
     */
    public java.util.Optional<S> branch(double load, boolean upward, double highStart) {
        List<S> out = continueBranch(new double[] {load}, upward, Math.max(load, highStart), null, SweepMonitor.NONE);
        return java.util.Optional.ofNullable(out.get(0));
    }

    private List<S> continueBranch(double[] a, boolean upward, double highStart, IntConsumer progress,
            SweepMonitor monitor) {
        int n = a.length;
        List<S> out = new ArrayList<>(java.util.Collections.nCopies(n, null));
        if (monitor.stopRequested()) {
            return out;
        }
        double start = upward ? Math.min(a[0], settings.lowestStart()) : highStart;
        OrderParameters guess = upward ? solver.lowLoadGuess(start) : solver.highLoadGuess(start);
        S current = solveOrNull(start, guess, -1);
        if (current == null || !current.converged()) {
            return out;
        }
        monitor.stepped(upward, start);
        S older = null;
        S previous = null;
        double load = start;
        double step = settings.maxStep();
        for (int k = 0; k < n; k++) {
            int i = upward ? k : n - 1 - k;
            double target = a[i];
            boolean alive = true;
            while (alive && load != target) {
                if (monitor.stopRequested()) {
                    return out;
                }
                double h = Math.min(step, Math.abs(target - load));
                double next = h == Math.abs(target - load) ? target : upward ? load + h : load - h;
                OrderParameters predicted = predict(older, previous, current, next);
                S s = solveOrNull(next, predicted, settings.iterationCap());
                if (s != null && s.converged()
                        && Math.abs(s.orderParameters().r() - predicted.r()) <= settings.jumpTolerance()) {
                    double dr = Math.abs(s.orderParameters().r() - current.orderParameters().r());
                    monitor.stepped(upward, next);
                    older = previous;
                    previous = current;
                    current = s;
                    load = next;
                    double aim = dr > 0 ? 0.5 * settings.jumpTolerance() * h / dr : Double.POSITIVE_INFINITY;
                    step = Math.max(settings.minStep(), Math.min(settings.maxStep(), Math.min(aim, 2 * Math.max(h, step))));
                } else if (h > settings.minStep()) {
                    step = Math.max(settings.minStep(), 0.25 * h);
                } else {
                    alive = false;
                }
            }
            if (!alive) {
                break;
            }
            out.set(i, current);
            if (progress != null) {
                progress.accept(k + 1);
            }
        }
        return out;
    }

    /**
     * Predictor: the parabola through the last three solutions of the branch (the straight line
     * through the last two when there are only two, the last solution when there is one), evaluated
     * at the next load; a prediction outside the physical domain {@code 0 < q, r² < q < q* < 1} falls
     * back to the next lower order.
     */
    private static <S extends BranchPoint<S>> OrderParameters predict(S older, S previous, S current, double next) {
        if (older != null) {
            OrderParameters quadratic = extrapolate(new double[] {older.load(), previous.load(), current.load()},
                    new OrderParameters[] {older.orderParameters(), previous.orderParameters(), current.orderParameters()},
                    next);
            if (quadratic != null) {
                return quadratic;
            }
        }
        if (previous != null) {
            OrderParameters linear = extrapolate(new double[] {previous.load(), current.load()},
                    new OrderParameters[] {previous.orderParameters(), current.orderParameters()}, next);
            if (linear != null) {
                return linear;
            }
        }
        return current.orderParameters();
    }

    /**
     * Lagrange extrapolation of (q, r, q*) through the given loads (q* stays 1 where it is pinned
     * there); null if it leaves the domain.
     */
    private static OrderParameters extrapolate(double[] loads, OrderParameters[] at, double next) {
        double q = 0;
        double r = 0;
        double qs = 0;
        for (int i = 0; i < loads.length; i++) {
            double w = 1;
            for (int j = 0; j < loads.length; j++) {
                if (j != i) {
                    w *= (next - loads[j]) / (loads[i] - loads[j]);
                }
            }
            q += w * at[i].q();
            r += w * at[i].r();
            qs += w * at[i].qStar();
        }
        if (Arrays.stream(at).allMatch(o -> o.qStar() == 1)) {
            // a self overlap pinned at 1 stays 1
            return OrderParameters.interiorAt(q, r, 1) ? new OrderParameters(q, r, 1) : null;
        }
        return OrderParameters.interior(q, r, qs) ? new OrderParameters(q, r, qs) : null;
    }

    private List<S> merge(S up, S down) {
        if (up == null || down == null || up.orderParameters().distance(down.orderParameters()) < SAME) {
            return List.of(up != null ? up : down);
        }
        S poor = up.orderParameters().r() <= down.orderParameters().r() ? up : down;
        S good = poor == up ? down : up;
        boolean goodWins = good.phi() > poor.phi();
        return List.of(poor.withBranch(goodWins ? Branch.POOR_METASTABLE : Branch.POOR_STABLE),
                good.withBranch(goodWins ? Branch.GOOD_STABLE : Branch.GOOD_METASTABLE));
    }
}
