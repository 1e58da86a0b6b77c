package vcl.theory.rsb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * The end of the 1RSB poor branch at the static Parisi parameter x*: a fold in the load, where a
 * second 1RSB solution (smaller gap, larger r) merges with the branch. The march of {@link RsbBranch}
 * only brackets it (its steps at fixed α fail near the fold); here the curve of 1RSB saddle points is
 * parametrised by the teacher overlap r, which rises monotonically through the fold, and solved at each
 * r with the load as an unknown ({@link OverlapNewton}). From a branch point below the fold, r is stepped
 * up by {@link #STEP} until α falls again, which brackets the fold; then
 * <ul>
 * <li>{@link Method#MAXIMUM_LOAD}: the maximum of α(r) (Brent's method; α is quadratic in r there, so
 * its error is that of α at one point);
 * <li>{@link Method#SINGULAR_JACOBIAN}: the root of the determinant of the Jacobian at fixed load,
 * {@code ∂F/∂(q0, q1, q*, r, x)} (the test function of the extended system {@code F = 0, (∂F/∂v)w = 0}),
 * which changes sign linearly at the fold; the load there is the fold's.
 * </ul>
 * At β = 20 both give α = 1.5314869 (docs/theory-beyond.md section 6). Confined to one thread.
 */
public final class RsbFold {

    /** Step in r while bracketing. */
    static final double STEP = 0.005;
    private static final int MAX_STEPS = 60;
    /** Newton's tolerance on the residual (map and x-slope). */
    static final double TOLERANCE = 1e-12;

    /** How the fold is located. */
    public enum Method {
        /** The maximum of the load along the curve. */
        MAXIMUM_LOAD,
        /** The root of the fixed-load Jacobian's determinant along the curve. */
        SINGULAR_JACOBIAN
    }

    private final OverlapNewton newton;
    private final List<RsbSolution> bracket;

    private RsbFold(OverlapNewton newton, List<RsbSolution> bracket) {
        this.newton = newton;
        this.bracket = List.copyOf(bracket);
    }

    /**
     * Brackets the fold from a converged point of the branch at x* near it (e.g. the last point of a
     * march that ended there): r is stepped up from it while α rises, or down from it where the first
     * step up already lowers α (the point lies within a step of the fold); empty when α(r) has no maximum
     * within 60 steps.
     */
    public static Optional<RsbFold> bracket(RsbSolver solver, RsbSolution near) {
        OverlapNewton newton = new OverlapNewton(solver, TOLERANCE, 30);
        Optional<RsbSolution> start = newton.at(near.state().r(), near.state());
        if (start.isEmpty()) {
            return Optional.empty();
        }
        List<RsbSolution> pts = new ArrayList<>(List.of(start.get()));
        double direction = 1;
        double step = STEP;
        for (int k = 0; k < MAX_STEPS && step > 1e-6; k++) {
            RsbSolution end = direction > 0 ? pts.get(pts.size() - 1) : pts.get(0);
            double r = end.state().r() + direction * step;
            Optional<RsbSolution> next = newton.at(r, predicted(pts, r));
            if (next.isEmpty()) {
                step *= 0.5;
                continue;
            }
            if (direction > 0) {
                pts.add(next.get());
            } else {
                pts.add(0, next.get());
            }
            if (pts.size() == 2 && alpha(pts.get(1)) < alpha(pts.get(0))) {
                direction = -1;
            }
            for (int i = 1; i + 1 < pts.size(); i++) {
                if (alpha(pts.get(i)) > alpha(pts.get(i - 1)) && alpha(pts.get(i)) > alpha(pts.get(i + 1))) {
                    return Optional.of(new RsbFold(newton, pts.subList(i - 1, i + 2)));
                }
            }
        }
        return Optional.empty();
    }

    /** The fold by the given method: the 1RSB saddle point at x* where the branch ends. */
    public RsbSolution fold(Method method) {
        double lo = bracket.get(0).state().r();
        double hi = bracket.get(2).state().r();
        return switch (method) {
            case MAXIMUM_LOAD -> {
                UnivariatePointValuePair best = new BrentOptimizer(1e-10, 1e-10).optimize(new MaxEval(100),
                        GoalType.MAXIMIZE, new SearchInterval(lo, hi, bracket.get(1).state().r()),
                        new UnivariateObjectiveFunction(r -> at(r).map(RsbFold::alpha)
                                .orElse(Double.NEGATIVE_INFINITY)));
                yield at(best.getPoint()).orElseThrow();
            }
            case SINGULAR_JACOBIAN -> {
                double r = new BrentSolver(1e-10).solve(100, this::determinant, lo, hi);
                yield at(r).orElseThrow();
            }
        };
    }

    /** The three bracketing points (α rises, then falls), in order of r. */
    public List<RsbSolution> bracketPoints() {
        return bracket;
    }

    /** The 1RSB saddle point at x* and teacher overlap r, from the bracket's linear prediction. */
    public Optional<RsbSolution> at(double r) {
        return newton.at(r, predicted(bracket, r));
    }

    /** The fixed-load Jacobian's determinant at the curve's point of teacher overlap r. */
    double determinant(double r) {
        RsbSolution s = at(r).orElseThrow(() -> new IllegalStateException("1RSB curve lost at r = " + r));
        double d = newton.fixedLoadDeterminant(s.state());
        if (Double.isNaN(d)) {
            throw new IllegalStateException("fixed-load Jacobian out of reach at r = " + r);
        }
        return d;
    }

    private static double alpha(RsbSolution s) {
        return s.state().alpha();
    }

    /** A guess at r: overlaps, x and α linear through the two points nearest in r (the nearest alone if one). */
    private static RsbState predicted(List<RsbSolution> pts, double r) {
        List<RsbSolution> sorted = new ArrayList<>(pts);
        sorted.sort(Comparator.comparingDouble(p -> Math.abs(p.state().r() - r)));
        RsbState a = sorted.get(0).state();
        if (sorted.size() < 2) {
            return a;
        }
        RsbState b = sorted.get(1).state();
        double f = (r - a.r()) / (b.r() - a.r());
        double q0 = a.q0() + f * (b.q0() - a.q0());
        double q1 = a.q1() + f * (b.q1() - a.q1());
        double qs = a.qStar() + f * (b.qStar() - a.qStar());
        double x = a.x() + f * (b.x() - a.x());
        double alpha = a.alpha() + f * (b.alpha() - a.alpha());
        if (!(r * r < q0 && q0 <= q1 && q1 < qs && qs < 1 && x > 0 && x < 1 && alpha > 0)) {
            return a;
        }
        return new RsbState(alpha, a.beta(), a.measure(), x, q0, q1, qs, r, a.q0Hat(), a.q1Hat(), a.qStarHat(),
                a.rHat(), a.phi());
    }
}
