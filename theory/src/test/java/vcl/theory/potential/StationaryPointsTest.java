package vcl.theory.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vcl.theory.prior.FlatPrior;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * The secondary state of V(d) around a good-branch reference against the task-1 solver: where the
 * Lagrange field vanishes away from d*, the constrained system is unconstrained, so it must be a
 * task-1 solution of the same load (here the poor branch, metastable at α = 1.8) and V its free
 * entropy.
 */
class StationaryPointsTest {

    private static final double BETA = 20;
    private static final double ALPHA = 1.8;

    /** A made-up V with ε = −dV/dd = (d − 0.5)(d − 0.7)(d − 0.9): d* = 0.9, a barrier at 0.7, a state at 0.5. */
    private static PotentialPoint cubic(double d, CoupledOrder start, double dHat) {
        double eps = (d - 0.5) * (d - 0.7) * (d - 0.9);
        double v = -(Math.pow(d, 4) / 4 - 2.1 * Math.pow(d, 3) / 3 + 1.43 * d * d / 2 - 0.315 * d);
        return new PotentialPoint(d, v, eps, new CoupledOrder(0.5, 0.1, 0.6, d, d), new CoupledConjugates(1, 0, 0, 0,
                dHat), 0, 1, 0, true);
    }

    @Test
    void theRootsOfTheFieldAreFoundAndNamedAwayFromDStar() {
        CoupledOrder o = new CoupledOrder(0.5, 0.1, 0.6, 0, 0);
        List<PotentialPoint> grid = new java.util.ArrayList<>();
        for (double d : new double[] {0.95, 0.42, 0.58, 0.66, 0.74, 0.86, 0.3}) {
            grid.add(cubic(d, o, 1));
        }
        List<StationaryPoint<PotentialPoint>> found = StationaryPoints.locate(StationaryPointsTest::cubic, StationaryPoints.REPLICA_SYMMETRIC, 0.9, grid);
        assertEquals(2, found.size(), "d* = 0.9 is not a bracket: " + found);
        assertEquals(StationaryKind.STATE, found.get(0).kind());
        assertEquals(0.5, found.get(0).point().d(), 1e-9);
        assertEquals(StationaryKind.BARRIER, found.get(1).kind());
        assertEquals(0.7, found.get(1).point().d(), 1e-9);
        // the state is a local maximum of V, the barrier a local minimum
        assertTrue(found.get(0).point().v() > cubic(0.49, o, 1).v() && found.get(0).point().v() > cubic(0.51, o, 1).v());
        assertTrue(found.get(1).point().v() < cubic(0.69, o, 1).v() && found.get(1).point().v() < cubic(0.71, o, 1).v());
    }

    @Test
    void aRootWhoseSolveFailsIsFlaggedAndAFailedGridPointBreaksNoBracket() {
        CoupledOrder o = new CoupledOrder(0.5, 0.1, 0.6, 0, 0);
        StationaryPoints.Solve<CoupledOrder, PotentialPoint> failing = (d, start, dHat) -> {
            PotentialPoint p = cubic(d, start, dHat);
            return new PotentialPoint(d, p.v(), p.lagrangeField(), p.order(), p.conjugates(), 0, 1, 0, false);
        };
        List<PotentialPoint> grid = List.of(cubic(0.45, o, 1), cubic(0.55, o, 1), failing.at(0.65, o, 1));
        List<StationaryPoint<PotentialPoint>> found = StationaryPoints.locate(failing, StationaryPoints.REPLICA_SYMMETRIC, 0.9, grid);
        assertEquals(1, found.size(), "only the bracket of two converged points: " + found);
        assertTrue(!found.get(0).point().converged(), "flagged: " + found);
    }

    @Test
    @Tag("slow")
    void theSecondaryStateIsThePoorBranchOfTask1() {
        Task1Solver task1 = new Task1Solver(BETA);
        Task1Solution good = ReferenceBranch.GOOD.solve(task1, ALPHA).orElseThrow();
        Task1Solution poor = ReferenceBranch.POOR.solve(task1, ALPHA).orElseThrow();
        assertTrue(good.converged() && poor.converged() && poor.phi() < good.phi(), "two branches, good stable");
        PotentialSolver solver = new PotentialSolver(new PotentialModel(Reference.of(good, new FlatPrior()),
                QuadratureSettings.DEFAULT, true), 1e-11, 100);
        // two overlaps on either side of the state, started in the poor state itself
        double qHat = poor.conjugates().qHat();
        List<PotentialPoint> pts = List.of(
                solver.solve(0.77, new CoupledOrder(poor.q(), poor.r(), poor.qStar(), 0.77, 0.77), 0.4 * qHat),
                solver.solve(0.79, new CoupledOrder(poor.q(), poor.r(), poor.qStar(), 0.79, 0.79), 0.4 * qHat));
        List<StationaryPoint<PotentialPoint>> found = StationaryPoints.locate(solver::solve, StationaryPoints.REPLICA_SYMMETRIC, good.q(), pts);
        assertEquals(1, found.size(), "one stationary point between 0.77 and 0.79: " + found);
        StationaryPoint<PotentialPoint> s = found.get(0);
        PotentialPoint p = s.point();
        assertTrue(p.converged(), "converged: " + p);
        assertEquals(StationaryKind.STATE, s.kind(), "a local maximum of V");
        String seen = p + " against " + poor.orderParameters() + " " + poor.conjugates() + " phi " + poor.phi();
        assertEquals(0, p.lagrangeField(), 1e-6, "no field holds it: " + seen);
        // the four-field quadrature of V is good to a few 1e-8 this far from d* (the refined rule moves V by
        // 2.2e-8 at d = 0.7752); the task-1 free entropy is good to 1e-12
        assertEquals(poor.phi(), p.v(), 1e-7, "V = the poor branch's free entropy: " + seen);
        assertEquals(poor.q(), p.order().q(), 1e-7, seen);
        assertEquals(poor.r(), p.order().r(), 1e-7, seen);
        assertEquals(poor.qStar(), p.order().qStar(), 1e-7, seen);
        // unconstrained, the second system cannot tell the reference replica it is held to from the others
        assertEquals(p.d(), p.order().p(), 1e-8, "p = d: " + seen);
        assertEquals(p.conjugates().dHat(), p.conjugates().pHat(), 1e-8 * qHat, "p^ = d^: " + seen);
        assertEquals(poor.conjugates().qHat(), p.conjugates().qHat(), 1e-6 * qHat, seen);
        assertEquals(poor.conjugates().rHat(), p.conjugates().rHat(), 1e-6 * qHat, seen);
        assertEquals(poor.conjugates().qStarHat(), p.conjugates().qStarHat(), 1e-6 * qHat, seen);
    }
}
