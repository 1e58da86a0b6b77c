package vcl.theory.potential;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    public interface Solve {
        PotentialPoint at(double d, CoupledOrder start, double dHat);
    }

    /**
     * The stationary points between the solved points (any order; those not converged are skipped),
     * in increasing d.
     *
     * @param q1 the reference's d*, which separates the brackets
     */
    public static List<StationaryPoint> locate(Solve solver, double q1, List<PotentialPoint> curve) {
        List<PotentialPoint> solved = new ArrayList<>();
        for (PotentialPoint p : curve) {
            if (p != null && p.converged() && p.d() != q1) {
                solved.add(p);
            }
        }
        solved.sort(Comparator.comparingDouble(PotentialPoint::d));
        List<StationaryPoint> out = new ArrayList<>();
        for (int i = 0; i + 1 < solved.size(); i++) {
            PotentialPoint lo = solved.get(i);
            PotentialPoint hi = solved.get(i + 1);
            boolean sameSide = (lo.d() - q1) * (hi.d() - q1) > 0;
            double eLo = lo.lagrangeField();
            double eHi = hi.lagrangeField();
            if (sameSide && eLo * eHi < 0) {
                StationaryKind kind = eHi > eLo ? StationaryKind.STATE : StationaryKind.BARRIER;
                out.add(new StationaryPoint(kind, root(solver, lo, hi)));
            }
        }
        return out;
    }

    /** The zero of ε between two solved points of opposite sign. */
    private static PotentialPoint root(Solve solver, PotentialPoint lo, PotentialPoint hi) {
        List<PotentialPoint> known = new ArrayList<>(List.of(lo, hi));
        PotentialPoint[] failed = new PotentialPoint[1];
        BrentSolver brent = new BrentSolver(1e-14, D_ACCURACY, 1e-13);
        double d;
        try {
            d = brent.solve(MAX_EVALUATIONS, x -> {
                PotentialPoint p = solveFromNearest(solver, known, x);
                if (!p.converged()) {
                    failed[0] = p;
                    throw new NotConverged();
                }
                known.add(p);
                return p.lagrangeField();
            }, lo.d(), hi.d());
        } catch (NotConverged e) {
            return failed[0];
        } catch (MathIllegalStateException e) {
            PotentialPoint last = known.get(known.size() - 1);
            return notConverged(last);
        }
        PotentialPoint p = solveFromNearest(solver, known, d);
        return p;
    }

    private static PotentialPoint solveFromNearest(Solve solver, List<PotentialPoint> known, double d) {
        PotentialPoint from = known.get(0);
        for (PotentialPoint k : known) {
            if (Math.abs(k.d() - d) < Math.abs(from.d() - d)) {
                from = k;
            }
        }
        if (from.d() == d) {
            return from;
        }
        return solver.at(d, from.order(), from.conjugates().dHat());
    }

    private static PotentialPoint notConverged(PotentialPoint p) {
        return new PotentialPoint(p.d(), p.v(), p.lagrangeField(), p.order(), p.conjugates(), p.pSign(),
                p.iterations(), p.residual(), false);
    }

    /** Ends the root search when a constrained solve did not converge. */
    private static final class NotConverged extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotConverged() {
            super(null, null, false, false);
        }
    }
}
