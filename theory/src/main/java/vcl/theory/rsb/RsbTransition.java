package vcl.theory.rsb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import vcl.theory.task1.Task1Solution;

/**
 * The first-order transition of task 1 with the poor branch at one step of RSB: the load where the
 * 1RSB poor branch's free entropy equals the (replica-symmetric, RS-stable) good branch's,
 * {@code Φ_1RSB,poor(α_t) = Φ_good(α_t)}, bracketed between consecutive points of a {@link RsbBranch.Trace}
 * (its last accepted point included) where both exist and the difference changes sign, and refined by
 * Brent's method to {@link #TOLERANCE}, every solve warm-started from the nearest point.
 */
public final class RsbTransition {

    /** Accuracy of α_t. */
    public static final double TOLERANCE = 1e-8;

    private RsbTransition() {
    }

    /**
     * α_t, if the difference changes sign along the trace (empty if the poor branch ends before the good
     * one overtakes it, or the two never coexist on it).
     */
    public static Optional<Double> locate(RsbSolver solver, RsbBranch branch, RsbBranch.Trace trace) {
        List<RsbSolution> points = new ArrayList<>(trace.points());
        if (trace.last() != null && (points.isEmpty()
                || points.get(points.size() - 1).state().alpha() < trace.last().state().alpha())) {
            points.add(trace.last());
        }
        RsbSolution before = null;
        double dBefore = Double.NaN;
        for (RsbSolution p : points) {
            double d = difference(solver, p);
            if (!Double.isNaN(d) && !Double.isNaN(dBefore) && Math.signum(d) != Math.signum(dBefore)) {
                RsbSolution lo = before;
                RsbSolution hi = p;
                double alphaT = new BrentSolver(TOLERANCE).solve(100, a -> {
                    RsbSolution near = a - lo.state().alpha() <= hi.state().alpha() - a ? lo : hi;
                    RsbSolution s = branch.at(a, near);
                    if (!s.converged()) {
                        throw new IllegalStateException("1RSB poor branch not converged at alpha = " + a);
                    }
                    return difference(solver, s);
                }, lo.state().alpha(), hi.state().alpha());
                return Optional.of(alphaT);
            }
            before = p;
            dBefore = d;
        }
        return Optional.empty();
    }

    /** {@code Φ_1RSB,poor − Φ_good} at a point, NaN where the good branch does not exist. */
    public static double difference(RsbSolver solver, RsbSolution point) {
        Optional<Task1Solution> good = solver.goodBranch(point.state().alpha());
        return good.map(g -> point.phi() - g.phi()).orElse(Double.NaN);
    }
}
