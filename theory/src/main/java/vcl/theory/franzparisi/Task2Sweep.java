package vcl.theory.franzparisi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import vcl.theory.replica.LoadContinuation;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.SweepMonitor;

/**
 * Task-2 sweeps by continuation along a path of points (α2, γ, r0): each solution seeds the next,
 * with a secant predictor through the last two. Between requested points the path is followed in
 * straight-line sub-steps; a sub-step that fails, or whose r2 jumps by more than
 * {@code jumpTolerance}, is retried at a quarter of its length, down to {@code 1/1024} of the
 * segment; a point that cannot be reached is solved from the last good solution with the full
 * iteration cap and reported with its convergence flag (never dropped). Sweeps over r0 or γ are
 * paths along one coordinate.
 *
 * <p>α2 sweeps ({@link #branches}) continue in both directions ({@link LoadContinuation}): upward
 * from α2 = the smallest requested value with the small-α2 guess, downward from the largest with a
 * guess near perfect learning of teacher 2, in internal steps of at most {@link #ALPHA2_STEP},
 * each capped at 15 iterations, aiming at changes of r2 of {@link #ALPHA2_JUMP}/2 per step, refined down to {@link #ALPHA2_MIN_STEP} before a branch is
 * declared ended at its spinodal; coexisting branches are both reported with their labels.
 */
public final class Task2Sweep {

    /** Longest continuation step in α2. */
    public static final double ALPHA2_STEP = 0.5;
    /** Spinodals are located to within this step in α2. */
    public static final double ALPHA2_MIN_STEP = 0.01;
    private static final int CONTINUATION_ITERATIONS = 60;
    /** Largest deviation of r2 from the secant prediction in one α2 step (steps aim at half of it). */
    public static final double ALPHA2_JUMP = 0.1;
    /**
     * Iteration cap of an α2 continuation step: converged steps take 6 to 13 iterations; a step
     * that needs more is retried shorter, and failures near a spinodal stay cheap.
     */
    private static final int ALPHA2_ITERATIONS = 15;
    /**
     * An α2 step is given up once its residual has not halved for this many iterations: failing
     * steps stagnate from the start, converging ones halve it at least every 7.
     */
    private static final int ALPHA2_STALL_WINDOW = 8;
    private static final double MIN_FRACTION = 1.0 / 1024;
    private final Task2Solver solver;
    private final double jumpTolerance;

    public Task2Sweep(Task2Solver solver, double jumpTolerance) {
        this.solver = solver;
        this.jumpTolerance = jumpTolerance;
    }

    public Task2Sweep(Task2Solver solver) {
        this(solver, 0.05);
    }

    /**
     * α2 ascending (duplicates removed) at fixed γ and r0, one row per α2:
     * the stable one (larger Franz-Parisi potential Φ) where two coexist.
     */
    public List<Task2Solution> overAlpha2(double[] alpha2, double gamma, double r0, IntConsumer progress) {
        return branches(alpha2, gamma, r0, progress).stream().filter(s -> s.branch().stable()).toList();
    }

    /**
     * Both branches over α2 (ascending, duplicates removed) at fixed γ and r0: one row per α2 and
     * branch, labelled as in {@link LoadContinuation}, poor before good where both exist.
     *
     * @param progress called with the number of α2 values done on each of the two passes (may be null)
     */
    public List<Task2Solution> branches(double[] alpha2, double gamma, double r0, IntConsumer progress) {
        return continuation(new Task2Coupling(gamma, r0)).sweep(alpha2, progress);
    }

    /**
     * As {@link #branches(double[], double, double, IntConsumer)}, watched by {@code monitor} (every
     * internal step is reported; a stop leaves the α2 not reached without a row).
     */
    public List<Task2Solution> branches(double[] alpha2, double gamma, double r0, IntConsumer progress,
            SweepMonitor monitor) {
        return continuation(new Task2Coupling(gamma, r0)).sweep(alpha2, progress, monitor);
    }

    /**
     * The α2 of the first-order transition (equal Φ on the poor and good branch) between two rows of
     * {@link #branches} at the same (γ, r0), if the rows bracket one.
     */
    public Optional<Double> transition(List<Task2Solution> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return continuation(rows.get(0).point().coupling()).transition(rows);
    }

    private LoadContinuation<Task2Solution> continuation(Task2Coupling coupling) {
        return new LoadContinuation<>(solver.alongAlpha2(coupling), new LoadContinuation.Settings(ALPHA2_STEP,
                ALPHA2_MIN_STEP, ALPHA2_JUMP, ALPHA2_ITERATIONS, Double.MAX_VALUE, ALPHA2_STALL_WINDOW));
    }

    /** r0 in the given order at fixed α2 and γ. */
    public List<Task2Solution> overR0(double[] r0, double alpha2, double gamma, IntConsumer progress) {
        List<Task2Point> path = new ArrayList<>();
        for (double x : r0) {
            path.add(new Task2Point(alpha2, gamma, x));
        }
        return along(path, progress);
    }

    /** γ in the given order at fixed α2 and r0. */
    public List<Task2Solution> overGamma(double[] gamma, double alpha2, double r0, IntConsumer progress) {
        List<Task2Point> path = new ArrayList<>();
        for (double x : gamma) {
            path.add(new Task2Point(alpha2, x, r0));
        }
        return along(path, progress);
    }

    /** Solutions at every point of the path, in its order. */
    public List<Task2Solution> along(List<Task2Point> path, IntConsumer progress) {
        List<Task2Solution> out = new ArrayList<>();
        if (path.isEmpty()) {
            return out;
        }
        Task2Point first = path.get(0);
        Task2Solution current = solver.solve(first, solver.smallAlphaGuess(first));
        Task2Solution previous = null;
        out.add(current);
        report(progress, 1);
        for (int k = 1; k < path.size(); k++) {
            Task2Point from = current.point();
            Task2Point target = path.get(k);
            double done = 0;
            double step = 1;
            boolean reached = !current.converged();
            while (!reached) {
                double t = Math.min(1, done + step);
                Task2Point next = from.toward(target, t);
                Task2Solution s = solver.solve(next, predict(previous, current, next), CONTINUATION_ITERATIONS);
                boolean jumped = Math.abs(s.r() - current.r()) > jumpTolerance * Math.max(1, 8 * step);
                if (s.converged() && !jumped) {
                    previous = current;
                    current = s;
                    done = t;
                    reached = t == 1;
                    step = Math.min(1 - done, 2 * step);
                } else if (step > MIN_FRACTION) {
                    step *= 0.25;
                } else {
                    break;
                }
            }
            if (!reached || current.point() != target && !current.point().equals(target)) {
                Task2Solution s = solver.solve(target, current.orderParameters());
                previous = s.converged() ? current : null;
                current = s.converged() ? s : current;
                out.add(s);
            } else {
                out.add(current);
            }
            report(progress, k + 1);
        }
        return out;
    }

    private static void report(IntConsumer progress, int done) {
        if (progress != null) {
            progress.accept(done);
        }
    }

    /** Secant predictor in the path's arc length (falls back to the last solution outside the domain). */
    private static OrderParameters predict(Task2Solution previous, Task2Solution current, Task2Point next) {
        if (previous == null) {
            return current.orderParameters();
        }
        double d1 = distance(previous.point(), current.point());
        double d2 = distance(current.point(), next);
        if (!(d1 > 0)) {
            return current.orderParameters();
        }
        double t = d2 / d1;
        double q = current.q() + t * (current.q() - previous.q());
        double r = current.r() + t * (current.r() - previous.r());
        double qs = current.qStar() + t * (current.qStar() - previous.qStar());
        return OrderParameters.interior(q, r, qs) ? new OrderParameters(q, r, qs) : current.orderParameters();
    }

    private static double distance(Task2Point a, Task2Point b) {
        return Math.abs(a.alpha2() - b.alpha2()) + Math.abs(a.gamma() - b.gamma()) + Math.abs(a.r0() - b.r0());
    }
}
