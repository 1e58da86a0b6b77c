package vcl.theory.rsb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 1RSB poor branch of task 1 along the load α, at the static Parisi parameter x* ({@link StaticParisi})
 * or at a fixed x: continuation in steps of at most {@link #MAX_STEP}, each solve started from the
 * linear extrapolation of the last two points (overlaps and x*). A step is accepted when it converged
 * and stayed on the branch: r within {@link #JUMP} of its linear extrapolation from the last two points, and a gap that
 * has not collapsed once it was open (a collapse while α grows is a jump to the RS good branch).
 * Otherwise the step is halved; below {@link #MIN_STEP} the branch has ended (its spinodal lies between
 * the last accepted load and the first rejected one; at x* {@link RsbFold} locates it from the last point). Below the AT line the points are replica
 * symmetric (gap 0). A march to a load far above the AT line starts just above it ({@link #solve}).
 * Confined to one thread.
 */
public final class RsbBranch {

    /** Longest continuation step in α. */
    public static final double MAX_STEP = 0.05;
    /** Shortest step before the branch is declared ended. */
    public static final double MIN_STEP = 1e-4;
    /** Largest accepted deviation of r from its extrapolation. */
    public static final double JUMP = 0.05;
    /** The march starts this far above the AT point. */
    public static final double ONSET = 0.01;
    private final RsbSolver solver;
    private final StaticParisi parisi;
    private final double fixedX;

    /**
     * @param fixedX the Parisi parameter, or NaN for the static x*
     */
    public RsbBranch(RsbSolver solver, double fixedX) {
        if (!Double.isNaN(fixedX) && !(fixedX > 0 && fixedX <= 1)) {
            throw new IllegalArgumentException("Parisi parameter x must lie in (0, 1], got " + fixedX);
        }
        this.solver = solver;
        this.parisi = new StaticParisi(solver);
        this.fixedX = fixedX;
    }

    /**
     * The branch at the given loads (sorted ascending, duplicates removed), marched from the first,
     * which is solved from the RS poor branch with a gap.
     *
     * @param points the solutions at the loads reached, in order
     * @param last the last point accepted on the branch, an internal step or a requested load (null if none)
     * @param endBelow the load of the first rejected step below {@link #MIN_STEP} (NaN if the branch
     *     reached every load): the branch ends in [lastAlpha, endBelow)
     */
    public record Trace(List<RsbSolution> points, RsbSolution last, double endBelow) {

        public Trace {
            points = List.copyOf(points);
        }

        /** The load of the last point accepted (NaN if none). */
        public double lastAlpha() {
            return last == null ? Double.NaN : last.state().alpha();
        }

        /** True when every requested load was reached. */
        public boolean complete() {
            return Double.isNaN(endBelow);
        }
    }

    /**
     * Solves at every load of the list, in increasing order. Where the first load lies more than
     * {@link #ONSET} above the AT point of the RS poor branch, the march starts at α_AT + ONSET (where the
     * 1RSB poor branch has just opened, and a solve from the RS point with a gap finds it) and follows the
     * branch up to the first load; otherwise it starts at the first load.
     */
    public Trace solve(double[] alphas) {
        return solve(alphas, null);
    }

    /** As {@link #solve(double[])}, calling {@code progress} (if not null) with the number of loads done. */
    public Trace solve(double[] alphas, java.util.function.IntConsumer progress) {
        double[] sorted = Arrays.stream(alphas).sorted().distinct().toArray();
        List<RsbSolution> out = new ArrayList<>();
        if (sorted.length == 0) {
            return new Trace(out, null, Double.NaN);
        }
        double begin = solver.atPoint(sorted[0]).map(at -> at + ONSET).filter(a -> a < sorted[0]).orElse(sorted[0]);
        RsbSolution prev = start(begin);
        if (!prev.converged()) {
            return new Trace(out, null, begin);
        }
        RsbSolution prev2 = null;
        double step = MAX_STEP;
        for (double target : sorted) {
            while (prev.state().alpha() < target) {
                double a = prev.state().alpha() + step;
                if (a > target - 0.5 * MIN_STEP) {
                    a = target;
                }
                RsbSolution trial = extrapolable(prev, prev2) ? predicted(a, prev, prev2) : at(a, prev);
                if (accepted(trial, prev, prev2)) {
                    prev2 = prev;
                    prev = trial;
                    step = Math.min(MAX_STEP, 2 * step);
                } else {
                    step *= 0.5;
                    if (step < MIN_STEP) {
                        return new Trace(out, prev, a);
                    }
                }
            }
            out.add(prev);
            if (progress != null) {
                progress.accept(out.size());
            }
        }
        return new Trace(out, prev, Double.NaN);
    }

    /** The branch from alphaFrom onward in steps of {@code spacing} until it ends or reaches alphaTo. */
    public Trace trace(double alphaFrom, double alphaTo, double spacing) {
        int n = (int) Math.floor((alphaTo - alphaFrom) / spacing + 1e-9) + 1;
        double[] alphas = new double[n];
        for (int i = 0; i < n; i++) {
            alphas[i] = alphaFrom + i * spacing;
        }
        return solve(alphas);
    }

    /** The point at α from scratch (the RS poor branch with a gap). */
    public RsbSolution start(double alpha) {
        return Double.isNaN(fixedX) ? parisi.solve(alpha) : solver.solve(alpha, fixedX);
    }

    /**
     * The point at α warm-started from a nearby one; from scratch ({@link #start}) when that one is
     * replica symmetric (the RS point is a fixed point of the 1RSB map: a start without a gap keeps none).
     */
    public RsbSolution at(double alpha, RsbSolution near) {
        if (near.gap() < StaticParisi.GAP_MIN) {
            return start(alpha);
        }
        return Double.isNaN(fixedX) ? parisi.solve(alpha, near) : solver.solve(alpha, fixedX, near.state());
    }

    /**
     * The point at α started from the linear extrapolation of the last two (their overlaps, and x* at the
     * static x); from the last one where the extrapolated overlaps leave the domain.
     */
    private RsbSolution predicted(double alpha, RsbSolution prev, RsbSolution prev2) {
        RsbState a = prev2.state();
        RsbState b = prev.state();
        double f = (alpha - b.alpha()) / (b.alpha() - a.alpha());
        double[] q = {b.q0() + f * (b.q0() - a.q0()), b.q1() + f * (b.q1() - a.q1()),
            b.qStar() + f * (b.qStar() - a.qStar()), b.r() + f * (b.r() - a.r())};
        boolean inside = q[3] * q[3] < q[0] && q[0] + StaticParisi.GAP_MIN <= q[1] && q[1] < q[2] && q[2] < 1;
        if (!inside || prev2.gap() < StaticParisi.GAP_MIN) {
            return at(alpha, prev);
        }
        if (Double.isNaN(fixedX)) {
            return parisi.solve(alpha, b.x() + f * (b.x() - a.x()), q);
        }
        return solver.solve(alpha, fixedX, q);
    }

    /** Whether the last two points are far enough apart (at least half the shortest step) to extrapolate from. */
    private static boolean extrapolable(RsbSolution prev, RsbSolution prev2) {
        return prev2 != null && prev.state().alpha() - prev2.state().alpha() >= 0.5 * MIN_STEP;
    }

    private static boolean accepted(RsbSolution trial, RsbSolution prev, RsbSolution prev2) {
        if (!trial.converged()) {
            return false;
        }
        if (prev.gap() >= StaticParisi.GAP_MIN && trial.gap() < StaticParisi.GAP_MIN) {
            return false;
        }
        double predicted = prev.state().r();
        if (extrapolable(prev, prev2)) {
            double slope = (prev.state().r() - prev2.state().r()) / (prev.state().alpha() - prev2.state().alpha());
            predicted += slope * (trial.state().alpha() - prev.state().alpha());
        }
        return Math.abs(trial.state().r() - predicted) <= JUMP;
    }
}
