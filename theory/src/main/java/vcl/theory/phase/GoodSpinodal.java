package vcl.theory.phase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.ReplicaModel;
import vcl.theory.replica.SaddleSolution;
import vcl.theory.task1.Task1Solution;

/**
 * The good branch's spinodal (its fold, the smallest load where it exists) located in the gap
 * coordinates of {@link GapNewton}, two ways on one curve. The curve is parametrised by the gap
 * coordinate {@code t = log(q/(q* − q))}, which falls monotonically from the good branch through the
 * fold onto the unstable middle part; at each t the other two coordinates and the load are solved for
 * ({@link GapNewton#atCoordinate}). From a good-branch point above the fold, t is stepped down by
 * {@link #STEP} until α rises again, which brackets the fold; then
 * <ul>
 * <li>{@link Method#MINIMUM_LOAD}: the minimum of α(t) (Brent's method, to 1e-8 in t; α is
 * quadratic in t there, so its error is that of α at one point, about 1e-9);
 * <li>{@link Method#SINGULAR_JACOBIAN}: the root of {@code det ∂F/∂y} (the Jacobian at fixed load,
 * central differences) along the same curve, the test function of the extended system
 * {@code F = 0, (∂F/∂y) v = 0}: it changes sign at the fold linearly in t, so its root is simple;
 * the load there is the spinodal.
 * </ul>
 * The two agree to 1e-9 at β = 300 … 1000 (docs/theory-beyond.md section 3).
 */
final class GoodSpinodal {

    /** Step in the gap coordinate t while bracketing. */
    static final double STEP = 0.02;
    private static final int MAX_STEPS = 400;

    /** How the fold was located. */
    enum Method {
        /** The minimum of the load along the curve. */
        MINIMUM_LOAD,
        /** The root of the Jacobian's determinant at fixed load along the curve. */
        SINGULAR_JACOBIAN
    }

    private final GapNewton newton;
    private final List<GapNewton.Point> bracket;

    private GoodSpinodal(GapNewton newton, List<GapNewton.Point> bracket) {
        this.newton = newton;
        this.bracket = List.copyOf(bracket);
    }

    /**
     * Brackets the fold from the good-branch solutions {@code trace} (any order): Newton at the load of
     * the lowest one at least {@code margin} above {@code nearAlpha} (an estimate of the fold), the
     * next higher where that fails.
     */
    static Optional<GoodSpinodal> from(GapNewton newton, List<Task1Solution> trace, double nearAlpha, double margin) {
        List<Task1Solution> above = new ArrayList<>(trace.stream()
                .filter(s -> s.converged() && s.alpha() >= nearAlpha + margin).toList());
        above.sort(Comparator.comparingDouble(Task1Solution::alpha));
        for (Task1Solution s : above) {
            Optional<GapNewton.Point> start = newton.atLoad(s.alpha(), Chart.fromGaps(s.orderParameters()));
            if (start.isPresent()) {
                Optional<GoodSpinodal> g = bracket(newton, start.get());
                if (g.isPresent()) {
                    return g;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Brackets the fold from a good-branch point above it (steps in t grow by half while α falls, up
     * to five times {@link #STEP}).
     *
     * @param start a converged good-branch point (above the spinodal)
     * @return empty when the curve cannot be followed to a minimum of α
     */
    static Optional<GoodSpinodal> bracket(GapNewton newton, GapNewton.Point start) {
        List<GapNewton.Point> pts = new ArrayList<>(List.of(start));
        double step = STEP;
        for (int k = 0; k < MAX_STEPS; k++) {
            GapNewton.Point last = pts.get(pts.size() - 1);
            double t = last.y()[1] - step;
            Optional<GapNewton.Point> next = newton.atCoordinate(1, t, predicted(pts, t), predictedAlpha(pts, t));
            if (next.isEmpty()) {
                step *= 0.5;
                if (step < 1e-6) {
                    return Optional.empty();
                }
                continue;
            }
            pts.add(next.get());
            step = Math.min(5 * STEP, 1.5 * step);
            int n = pts.size();
            if (n >= 3 && pts.get(n - 1).alpha() > pts.get(n - 2).alpha()
                    && pts.get(n - 2).alpha() < pts.get(n - 3).alpha()) {
                return Optional.of(new GoodSpinodal(newton, pts.subList(n - 3, n)));
            }
        }
        return Optional.empty();
    }

    /** The fold's load by the given method. */
    double alpha(Method method) {
        return fold(method).alpha();
    }

    /** The fold's point (chart coordinates, load) by the given method. */
    GapNewton.Point fold(Method method) {
        double lo = bracket.get(2).y()[1];
        double hi = bracket.get(0).y()[1];
        return switch (method) {
            case MINIMUM_LOAD -> {
                UnivariatePointValuePair best = new BrentOptimizer(1e-9, 1e-8).optimize(new MaxEval(100),
                        GoalType.MINIMIZE, new SearchInterval(lo, hi, bracket.get(1).y()[1]),
                        new UnivariateObjectiveFunction(t -> at(t).map(GapNewton.Point::alpha)
                                .orElse(Double.POSITIVE_INFINITY)));
                yield at(best.getPoint()).orElseThrow();
            }
            case SINGULAR_JACOBIAN -> {
                double t = new BrentSolver(1e-8).solve(100, this::determinant, lo, hi);
                yield at(t).orElseThrow();
            }
        };
    }

    /** The fold as a task-1 solution (the model of {@link GapNewton#model} evaluated there), labelled like {@code like}. */
    Task1Solution solution(Method method, Task1Solution like) {
        GapNewton.Point p = fold(method);
        OrderParameters op = p.orderParameters();
        ReplicaModel model = newton.model(p.alpha());
        ReplicaModel.Evaluation ev = model.evaluate(op);
        SaddleSolution saddle = new SaddleSolution(op, ev.conjugates(), ev.entropic(), model.freeEntropy(ev), 0,
                ev.image().distance(op), true);
        return new Task1Solution(p.alpha(), like.beta(), like.prior(), saddle, like.branch());
    }

    /** The curve's point at gap coordinate t, from the bracketing points' linear prediction. */
    Optional<GapNewton.Point> at(double t) {
        return newton.atCoordinate(1, t, predicted(bracket, t), predictedAlpha(bracket, t));
    }

    /** {@code det ∂F/∂y} at fixed load at the curve's point of gap coordinate t. */
    double determinant(double t) {
        GapNewton.Point p = at(t).orElseThrow(() -> new IllegalStateException("curve lost at t = " + t));
        double[][] jac = newton.jacobian(p.y(), p.alpha());
        if (jac == null) {
            throw new IllegalStateException("Jacobian out of reach at t = " + t);
        }
        return new LUDecomposition(new Array2DRowRealMatrix(jac, false)).getDeterminant();
    }

    /** Chart coordinates at t predicted from the points (linear through the two nearest in t). */
    private static double[] predicted(List<GapNewton.Point> pts, double t) {
        double[][] two = nearestTwo(pts, t);
        double[] y = new double[3];
        for (int i = 0; i < 3; i++) {
            y[i] = linear(two[0][1], two[0][i], two[1][1], two[1][i], t);
        }
        y[1] = t;
        return y;
    }

    private static double predictedAlpha(List<GapNewton.Point> pts, double t) {
        double[][] two = nearestTwo(pts, t);
        return Math.exp(linear(two[0][1], two[0][3], two[1][1], two[1][3], t));
    }

    /** The two points nearest t as (y0, y1, y2, log α); one point twice when there is only one. */
    private static double[][] nearestTwo(List<GapNewton.Point> pts, double t) {
        List<GapNewton.Point> sorted = new ArrayList<>(pts);
        sorted.sort((a, b) -> Double.compare(Math.abs(a.y()[1] - t), Math.abs(b.y()[1] - t)));
        GapNewton.Point a = sorted.get(0);
        GapNewton.Point b = sorted.size() > 1 ? sorted.get(1) : a;
        return new double[][] {{a.y()[0], a.y()[1], a.y()[2], Math.log(a.alpha())},
            {b.y()[0], b.y()[1], b.y()[2], Math.log(b.alpha())}};
    }

    private static double linear(double x0, double v0, double x1, double v1, double x) {
        return x1 == x0 ? v0 : v0 + (v1 - v0) * (x - x0) / (x1 - x0);
    }
}
