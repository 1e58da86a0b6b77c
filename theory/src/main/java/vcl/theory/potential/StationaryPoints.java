package vcl.theory.potential;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * The stationary points of V(d) away from the reference's own d* = q1, located from a solved curve:
 * wherever the Lagrange field {@code ε = −dV/dd} changes sign between two neighbouring converged
 * overlaps on the same side of d*, Brent's method finds its zero, every constrained solve started
 * from the nearest solved point. A zero where ε rises with d is a local maximum of V (a
 * {@link StationaryKind#STATE state}: V there is the free entropy of a state of the unconstrained
 * system, at its typical overlap with the reference); where it falls, a local minimum (a
 * {@link StationaryKind#BARRIER barrier}). A bracket whose root was not found, or whose solves did
 * not converge, gives a point flagged as not converged.
 */
public final class StationaryPoints {

    /** Overlap accuracy of the root; V is stationary there, so its error is of second order. */
    private static final double D_ACCURACY = 1e-9;
    private static final int MAX_EVALUATIONS = 40;

    private StationaryPoints() {
    }

    /** A constrained solve at one overlap from a start and a site coupling. */
    public interface Solve<O, P> {
        P at(double d, O start, double dHat);
    }

    /**
     * What the root search reads of a point: its overlap, Lagrange field, convergence, order
     * parameters and site coupling (the start of the next solve), and its copy flagged as not converged.
     */
    public record PointView<O, P>(ToDoubleFunction<P> d, ToDoubleFunction<P> lagrangeField, Predicate<P> converged,
            Function<P, O> order, ToDoubleFunction<P> dHat, UnaryOperator<P> notConverged) {
    }

    /** The view of a point around a replica-symmetric reference. */
    public static final PointView<CoupledOrder, PotentialPoint> REPLICA_SYMMETRIC = new PointView<>(PotentialPoint::d,
            PotentialPoint::lagrangeField, PotentialPoint::converged, PotentialPoint::order,
            p -> p.conjugates().dHat(), PotentialPoint::notConverged);

    /**
     * The stationary points between the solved points (any order; those not converged are skipped),
     * in increasing d.
     *
     * @param q1 the reference's d*, which separates the brackets
     */
    public static <O, P> List<StationaryPoint<P>> locate(Solve<O, P> solver, PointView<O, P> view, double q1,
            List<P> curve) {
        List<P> solved = new ArrayList<>();
        for (P p : curve) {
            if (p != null && view.converged().test(p) && view.d().applyAsDouble(p) != q1) {
                solved.add(p);
            }
        }
        solved.sort(Comparator.comparingDouble(view.d()));
        List<StationaryPoint<P>> out = new ArrayList<>();
        for (int i = 0; i + 1 < solved.size(); i++) {
            P lo = solved.get(i);
            P hi = solved.get(i + 1);
            boolean sameSide = (view.d().applyAsDouble(lo) - q1) * (view.d().applyAsDouble(hi) - q1) > 0;
            double eLo = view.lagrangeField().applyAsDouble(lo);
            double eHi = view.lagrangeField().applyAsDouble(hi);
            if (sameSide && eLo * eHi < 0) {
                StationaryKind kind = eHi > eLo ? StationaryKind.STATE : StationaryKind.BARRIER;
                out.add(new StationaryPoint<>(kind, root(solver, view, lo, hi)));
            }
        }
        return out;
    }

    /** The zero of ε between two solved points of opposite sign. */
    private static <O, P> P root(Solve<O, P> solver, PointView<O, P> view, P lo, P hi) {
        List<P> known = new ArrayList<>(List.of(lo, hi));
        List<P> failed = new ArrayList<>(1);
        BrentSolver brent = new BrentSolver(1e-14, D_ACCURACY, 1e-13);
        double d;
        try {
            d = brent.solve(MAX_EVALUATIONS, x -> {
                P p = solveFromNearest(solver, view, known, x);
                if (!view.converged().test(p)) {
                    failed.add(p);
                    throw new NotConverged();
                }
                known.add(p);
                return view.lagrangeField().applyAsDouble(p);
            }, view.d().applyAsDouble(lo), view.d().applyAsDouble(hi));
        } catch (NotConverged e) {
            return failed.get(0);
        } catch (MathIllegalStateException e) {
            return view.notConverged().apply(known.get(known.size() - 1));
        }
        return solveFromNearest(solver, view, known, d);
    }

    private static <O, P> P solveFromNearest(Solve<O, P> solver, PointView<O, P> view, List<P> known, double d) {
        P from = known.get(0);
        for (P k : known) {
            if (Math.abs(view.d().applyAsDouble(k) - d) < Math.abs(view.d().applyAsDouble(from) - d)) {
                from = k;
            }
        }
        if (view.d().applyAsDouble(from) == d) {
            return from;
        }
        return solver.at(d, view.order().apply(from), view.dHat().applyAsDouble(from));
    }

    /** Ends the root search when a constrained solve did not converge. */
    private static final class NotConverged extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotConverged() {
            super(null, null, false, false);
        }
    }
}
