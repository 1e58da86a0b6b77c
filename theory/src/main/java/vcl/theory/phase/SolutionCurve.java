package vcl.theory.phase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import vcl.theory.task1.Task1Solution;

/**
 * A stretch of the task-1 saddle points of one temperature, as one curve in the {@link Chart}
 * coordinates {@code y = (logit q*, logit(q/q*), atanh(r/√q), log α)}, traced by pseudo-arclength
 * continuation ({@link NewtonSaddle#onHyperplane}: the next point lies on the hyperplane normal to
 * the secant through the last two, a step ds beyond the last) from a solved point, first towards
 * larger or smaller α. Where the transition is first order the solutions form an S: α rises along
 * the poor branch to a local maximum (its spinodal), falls along the unstable middle part and rises
 * again from a local minimum (the good branch's spinodal). A {@link #fold} is refined by Brent's
 * method on α along hyperplanes normal to the local secant, so it needs no order parameter to be
 * monotone along the curve. At large β the poor branch does not fold but runs into the boundary
 * q* → 1 ({@link #endsAtBoundary}), its free entropy falling without bound.
 *
 * <p>Steps: ds starts at 0.05 and grows by half after each accepted step up to 0.25; a step is
 * retried at half its length when Newton fails, lands farther than ds from the predictor or turns
 * the secant by more than about 25°. The trace ends when α leaves [alphaMin, alphaMax], two points
 * after the first fold when asked to, when {@code 1 − q*} falls below 1e-9 (the boundary: double
 * precision holds q* no closer), or when ds falls below 1e-7.
 */
public final class SolutionCurve {

    private static final double MIN_STEP = 1e-7;
    private static final double MAX_STEP = 0.25;
    /** logit q* beyond which the curve is taken to have reached q* = 1 (1 − q* ≈ 1e-9). */
    private static final double BOUNDARY = 20.7;
    private final NewtonSaddle newton;
    private final List<Task1Solution> points;
    private final boolean boundary;

    private SolutionCurve(NewtonSaddle newton, List<Task1Solution> points, boolean boundary) {
        this.newton = newton;
        this.points = List.copyOf(points);
        this.boundary = boundary;
    }

    /** The poor branch's curve: from the fixed-point solution at {@code alphaStart} (small-α guess) upward. */
    public static SolutionCurve fromPoor(NewtonSaddle newton, double alphaStart, double alphaEnd, boolean stopAfterFold) {
        var solver = newton.solver();
        return trace(newton, solver.solve(alphaStart, solver.smallAlphaGuess(alphaStart)), true, 0, alphaEnd,
                stopAfterFold);
    }

    /**
     * Traces from {@code start}, first towards larger α ({@code upward}) or smaller α.
     *
     * @throws IllegalStateException if the start has not converged or no second point is found
     */
    public static SolutionCurve trace(NewtonSaddle newton, Task1Solution start, boolean upward, double alphaMin,
            double alphaMax, boolean stopAfterFold) {
        if (!(alphaMax > alphaMin)) {
            throw new IllegalArgumentException("need alphaMin < alphaMax, got " + alphaMin + ", " + alphaMax);
        }
        Optional<Task1Solution> second = start.converged()
                ? newton.atLoad(start.alpha() * (upward ? 1.01 : 0.99), start) : Optional.empty();
        if (second.isEmpty() || !second.get().converged()) {
            throw new IllegalStateException("task 1 did not converge at alpha = " + start.alpha() + ", beta = "
                    + start.beta());
        }
        List<Task1Solution> pts = new ArrayList<>(List.of(start, second.get()));
        double ds = 0.05;
        int afterFold = -1;
        boolean boundary = false;
        while (ds >= MIN_STEP) {
            Task1Solution last = pts.get(pts.size() - 1);
            boundary = Chart.of(last)[0] > BOUNDARY;
            if (last.alpha() > alphaMax || last.alpha() < alphaMin || boundary || afterFold >= 2) {
                break;
            }
            double[] y1 = Chart.of(pts.get(pts.size() - 2));
            double[] y2 = Chart.of(last);
            double[] tangent = unit(difference(y2, y1));
            double[] predicted = new double[Chart.DIMENSION];
            for (int i = 0; i < predicted.length; i++) {
                predicted[i] = y2[i] + ds * tangent[i];
            }
            Optional<Task1Solution> s = newton.onHyperplane(tangent, predicted).filter(Task1Solution::converged);
            if (s.isPresent()) {
                double[] y3 = Chart.of(s.get());
                if (norm(difference(y3, predicted)) < ds && dot(unit(difference(y3, y2)), tangent) > 0.9) {
                    pts.add(s.get());
                    if (afterFold >= 0) {
                        afterFold++;
                    } else if (stopAfterFold && firstFold(pts).isPresent()) {
                        afterFold = 1;
                    }
                    ds = Math.min(MAX_STEP, 1.5 * ds);
                    continue;
                }
            }
            ds *= 0.5;
        }
        return new SolutionCurve(newton, pts, boundary);
    }

    /** The traced points in the order of the curve. */
    public List<Task1Solution> points() {
        return points;
    }

    /** True when the trace ended at the boundary q* → 1 (the poor branch at large β). */
    public boolean endsAtBoundary() {
        return boundary;
    }

    /** The first local extremum of α along the curve (a spinodal), refined; empty if there is none. */
    public Optional<Task1Solution> fold() {
        return firstFold(points).flatMap(i -> refine(i, points.get(i).alpha() > points.get(i - 1).alpha()));
    }

    /** The traced points up to the first fold (one branch; all points if there is no fold). */
    public List<Task1Solution> branch() {
        return points.subList(0, firstFold(points).map(i -> i + 1).orElse(points.size()));
    }

    /** The solution at teacher overlap r, warm-started from the nearest traced point. */
    public Optional<Task1Solution> at(double r) {
        Task1Solution near = points.get(0);
        for (Task1Solution p : points) {
            if (Math.abs(p.r() - r) < Math.abs(near.r() - r)) {
                near = p;
            }
        }
        return newton.atOverlap(r, near).filter(Task1Solution::converged);
    }

    /** Slope d(log α)/dr at r by central differences of step h (where r is monotone along the curve). */
    public double slope(double r, double h) {
        double up = at(r + h).orElseThrow(() -> new IllegalStateException("no solution at r = " + (r + h))).alpha();
        double down = at(r - h).orElseThrow(() -> new IllegalStateException("no solution at r = " + (r - h))).alpha();
        return Math.log(up / down) / (2 * h);
    }

    /**
     * The smallest slope d(log α)/dr along the curve and where it is: positive where α(r) is
     * monotone, negative where the curve is S-shaped; it crosses zero at the critical point. (The
     * logarithm keeps the small-α start, where α itself is flat, from competing with the S.)
     */
    public UnivariatePointValuePair steepestDescent() {
        int best = 0;
        for (int i = 0; i < points.size() - 1; i++) {
            if (chord(i) < chord(best)) {
                best = i;
            }
        }
        double lo = points.get(Math.max(0, best - 1)).r();
        double hi = points.get(Math.min(points.size() - 1, best + 2)).r();
        double h = 1e-5;
        return new BrentOptimizer(1e-7, 1e-9).optimize(new MaxEval(200), GoalType.MINIMIZE,
                new SearchInterval(lo + 2 * h, hi - 2 * h), new UnivariateObjectiveFunction(r -> slope(r, h)));
    }

    private double chord(int i) {
        Task1Solution a = points.get(i);
        Task1Solution b = points.get(i + 1);
        return Math.log(b.alpha() / a.alpha()) / (b.r() - a.r());
    }

    private Optional<Task1Solution> refine(int i, boolean maximum) {
        double[] y0 = Chart.of(points.get(i));
        double[] tangent = unit(difference(Chart.of(points.get(i + 1)), Chart.of(points.get(i - 1))));
        double lo = dot(tangent, difference(Chart.of(points.get(i - 1)), y0));
        double hi = dot(tangent, difference(Chart.of(points.get(i + 1)), y0));
        UnivariatePointValuePair best = new BrentOptimizer(1e-10, 1e-12).optimize(new MaxEval(200),
                maximum ? GoalType.MAXIMIZE : GoalType.MINIMIZE, new SearchInterval(lo, hi, 0.0),
                new UnivariateObjectiveFunction(s -> across(tangent, y0, s).map(Task1Solution::alpha)
                        .orElse(maximum ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)));
        return across(tangent, y0, best.getPoint());
    }

    private Optional<Task1Solution> across(double[] tangent, double[] y0, double s) {
        double[] origin = new double[Chart.DIMENSION];
        for (int k = 0; k < origin.length; k++) {
            origin[k] = y0[k] + s * tangent[k];
        }
        return newton.onHyperplane(tangent, origin).filter(Task1Solution::converged);
    }

    private static Optional<Integer> firstFold(List<Task1Solution> pts) {
        for (int i = 1; i < pts.size() - 1; i++) {
            double a = pts.get(i - 1).alpha();
            double b = pts.get(i).alpha();
            double c = pts.get(i + 1).alpha();
            if (b >= a && b > c || b <= a && b < c) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double[] unit(double[] a) {
        double n = norm(a);
        double[] u = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            u[i] = a[i] / n;
        }
        return u;
    }
}
