package vcl.theory.phase;

import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * The (α, β) phase diagram of task 1. At one β ({@link #at}): the good branch is followed downward
 * from large α to its fold, the lower spinodal ({@link GoodBranch}: by Newton where it can continue
 * it, else by the fixed-point iteration), the poor branch upward from a small
 * load to its fold or to q* → 1 (the upper end, there the limit of the load by {@link BoundaryLimit}), both by
 * {@link SolutionCurve}; the first-order
 * transition α_t is the root of {@code Φ_good(α) − Φ_poor(α)} between the two ends (Brent's method,
 * each branch solved by Newton from the interpolated trace, which is checked to stay on its branch).
 * The critical point ({@link #criticalPoint}) is the β where the smallest slope d(log α)/dr of the solution
 * curve crosses zero (Brent's method in β): below it α(r) is monotone and there is a single branch.
 */
public final class PhaseDiagram {

    private static final double ALPHA_HIGH = 4.0;
    private static final double ALPHA_LOW = 0.3;
    /** The good spinodal is re-located in gap coordinates from a trace point at least this much (relative) above it. */
    private static final double FOLD_MARGIN = 0.005;
    private final DoubleFunction<Task1Solver> solverAt;

    /** @param solverAt the task-1 solver at each β (free q*) */
    public PhaseDiagram(DoubleFunction<Task1Solver> solverAt) {
        this.solverAt = solverAt;
    }

    /** The coexistence region and transition at β, empty where there is a single branch. */
    public Optional<Coexistence> at(double beta) {
        NewtonSaddle newton = new NewtonSaddle(solverAt.apply(beta));
        GoodBranch good = GoodBranch.of(newton);
        Optional<Task1Solution> goodEnd = good.end().map(end -> GoodSpinodal.from(new GapNewton(newton.solver()),
                good.trace(), end.alpha(), FOLD_MARGIN * end.alpha())
                .map(g -> g.solution(GoodSpinodal.Method.MINIMUM_LOAD, end)).orElse(end));
        if (goodEnd.isEmpty()) {
            return Optional.empty();
        }
        double start = Math.min(ALPHA_LOW, 0.5 * goodEnd.get().alpha());
        SolutionCurve poor = SolutionCurve.fromPoor(newton, start, 2 * ALPHA_HIGH, true);
        Optional<Task1Solution> poorFold = poor.fold();
        Task1Solution poorEnd;
        if (poorFold.isPresent()) {
            poorEnd = poorFold.get();
        } else if (poor.endsAtBoundary()) {
            poorEnd = poor.points().get(poor.points().size() - 1);
        } else {
            return Optional.empty();
        }
        if (!(goodEnd.get().alpha() < poorEnd.alpha())) {
            return Optional.empty();
        }
        Transition t = new Transition(newton, poor.branch(), good.trace(), poorEnd, goodEnd.get());
        double alphaT = new BrentSolver(1e-13, 1e-13).solve(200, t::difference, goodEnd.get().alpha(), poorEnd.alpha());
        double limit = poorFold.isPresent() ? Double.NaN : BoundaryLimit.of(newton.solver(), poor.points())
                .orElseThrow(() -> new IllegalStateException("poor branch not solved near q* = 1 at beta = " + beta))
                .alpha();
        return Optional.of(new Coexistence(beta, poorEnd, poorFold.isEmpty(), limit, goodEnd.get(),
                t.poor(alphaT).orElseThrow(), t.good(alphaT).orElseThrow()));
    }

    /**
     * The smallest slope d(log α)/dr of the solution curve at β and where it is: positive where α(r) is
     * monotone (one branch), negative on an S.
     */
    public UnivariatePointValuePair steepestSlope(double beta, double alphaEnd) {
        NewtonSaddle newton = new NewtonSaddle(solverAt.apply(beta));
        return SolutionCurve.fromPoor(newton, ALPHA_LOW, alphaEnd, false).steepestDescent();
    }

    /**
     * The critical point between {@code betaBelow} (single branch) and {@code betaAbove} (an S),
     * located to {@code tolerance} in β.
     *
     * @param alphaEnd the solution curves are traced up to this load (beyond the inflection)
     * @throws IllegalArgumentException if the slope does not change sign between the two
     */
    public CriticalPoint criticalPoint(double betaBelow, double betaAbove, double alphaEnd, double tolerance) {
        double below = steepestSlope(betaBelow, alphaEnd).getValue();
        double above = steepestSlope(betaAbove, alphaEnd).getValue();
        if (!(below > 0 && above < 0)) {
            throw new IllegalArgumentException("no critical point bracketed: smallest slopes " + below + " at beta="
                    + betaBelow + " and " + above + " at beta=" + betaAbove);
        }
        double betaC = new BrentSolver(tolerance).solve(100, b -> b == betaBelow ? below : b == betaAbove ? above
                : steepestSlope(b, alphaEnd).getValue(), betaBelow, betaAbove);
        NewtonSaddle newton = new NewtonSaddle(solverAt.apply(betaC));
        SolutionCurve curve = SolutionCurve.fromPoor(newton, ALPHA_LOW, alphaEnd, false);
        double rC = curve.steepestDescent().getPoint();
        Task1Solution c = curve.at(rC).orElseThrow();
        return new CriticalPoint(betaC, c.alpha(), rC, below, above);
    }

    /**
     * Φ_good − Φ_poor along α between the two ends, each branch continued from its trace.
     *
     * Where Newton fails (the good branch beyond its trace at large β, where q* − q falls below
     * 1e-11) the fixed-point iteration, which converges only to stable solutions, is used.
     */
    private record Transition(NewtonSaddle newton, List<Task1Solution> poorTrace, List<Task1Solution> goodTrace,
            Task1Solution poorEnd, Task1Solution goodEnd) {

        double difference(double alpha) {
            double good = alpha == goodEnd.alpha() ? goodEnd.phi() : good(alpha).orElseThrow(
                    () -> new IllegalStateException("good branch lost at alpha = " + alpha)).phi();
            double poor = alpha == poorEnd.alpha() ? poorEnd.phi() : poor(alpha).orElseThrow(
                    () -> new IllegalStateException("poor branch lost at alpha = " + alpha)).phi();
            return good - poor;
        }

        Optional<Task1Solution> poor(double alpha) {
            return onBranch(alpha, poorTrace, goodTrace);
        }

        Optional<Task1Solution> good(double alpha) {
            return onBranch(alpha, goodTrace, poorTrace);
        }

        private Optional<Task1Solution> onBranch(double alpha, List<Task1Solution> own, List<Task1Solution> other) {
            double[] guess = interpolate(own, alpha);
            double[] otherGuess = interpolate(other, alpha);
            Optional<Task1Solution> s = newton.atLoad(alpha, guess).filter(Task1Solution::converged);
            if (s.isEmpty()) {
                Task1Solution fixedPoint = newton.solver().solve(alpha, Chart.point(guess));
                s = Optional.of(fixedPoint).filter(Task1Solution::converged);
            }
            return s.filter(x -> distance(Chart.of(x), guess) < distance(Chart.of(x), otherGuess));
        }

        /** The trace's chart coordinates linearly interpolated at α (the nearest end outside its range). */
        private static double[] interpolate(List<Task1Solution> trace, double alpha) {
            Task1Solution nearest = trace.get(0);
            for (int i = 0; i + 1 < trace.size(); i++) {
                Task1Solution a = trace.get(i);
                Task1Solution b = trace.get(i + 1);
                if ((a.alpha() - alpha) * (b.alpha() - alpha) <= 0 && a.alpha() != b.alpha()) {
                    double w = (alpha - a.alpha()) / (b.alpha() - a.alpha());
                    double[] ya = Chart.of(a);
                    double[] yb = Chart.of(b);
                    double[] y = new double[Chart.DIMENSION];
                    for (int k = 0; k < y.length; k++) {
                        y[k] = ya[k] + w * (yb[k] - ya[k]);
                    }
                    y[3] = Math.log(alpha);
                    return y;
                }
                if (Math.abs(b.alpha() - alpha) < Math.abs(nearest.alpha() - alpha)) {
                    nearest = b;
                }
            }
            double[] y = Chart.of(nearest);
            y[3] = Math.log(alpha);
            return y;
        }

        private static double distance(double[] a, double[] b) {
            double s = 0;
            for (int k = 0; k < a.length; k++) {
                s += (a[k] - b[k]) * (a[k] - b[k]);
            }
            return Math.sqrt(s);
        }
    }
}
