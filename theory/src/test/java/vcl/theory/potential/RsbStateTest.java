package vcl.theory.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vcl.theory.prior.FlatPrior;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.rsb.RsbBranch;
import vcl.theory.rsb.RsbSolution;
import vcl.theory.rsb.RsbSolver;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * The good state seen from a 1RSB poor-branch reference against task 1: with no field on the
 * overlap the second system is an unconstrained task-1 system on the same data, so started in the
 * good state it must stay there, with V its free entropy (exact in RS: the good branch is RS-stable)
 * and the same overlap with every reference replica, in or out of the coupled one's block.
 */
class RsbStateTest {

    private static final double BETA = 20;

    @Test
    @Tag("slow")
    void theGoodStateAroundThe1RsbPoorReferenceIsTask1sGoodBranch() {
        double alpha = 1.51;
        RsbSolver rsb = new RsbSolver(BETA, new FlatPrior(), QuadratureSettings.DEFAULT, 1e-10, 500);
        RsbSolution ref = new RsbBranch(rsb, Double.NaN).solve(new double[] {alpha}).points().get(0);
        Task1Solution good = ReferenceBranch.GOOD.solve(new Task1Solver(BETA), alpha).orElseThrow();
        RsbPotentialSolver solver = new RsbPotentialSolver(new RsbPotentialModel(ref.state()), 1e-10, 100);
        RsbPotentialPoint p = solver.unconstrained(new RsbCoupledOrder(good.q(), good.r(), good.qStar(), 0.83, 0.83,
                0.83));
        String seen = p + " good " + good.orderParameters() + " phi " + good.phi();
        assertTrue(p.converged(), seen);
        assertEquals(0, p.lagrangeField(), 1e-9, "no field on d: " + seen);
        assertEquals(good.phi(), p.v(), 1e-8, "V = the good branch's free entropy: " + seen);
        assertEquals(good.q(), p.order().q(), 1e-8, seen);
        assertEquals(good.r(), p.order().r(), 1e-8, seen);
        assertEquals(good.qStar(), p.order().qStar(), 1e-8, seen);
        // one overlap with every reference replica, up to the block rules' accuracy (images to ~2e-5)
        assertEquals(p.d(), p.order().p1(), 1e-5, "p1 = d: " + seen);
        assertEquals(p.d(), p.order().p0(), 1e-5, "p0 = d: " + seen);
        assertTrue(p.d() > 0.85 && p.d() < 0.86, "the overlap of the two states: " + seen);
        // below the 1RSB transition (1.517982) the poor reference is the stable state: the good one lies lower
        assertTrue(ref.phi() - p.v() > 0.009, "depth " + (ref.phi() - p.v()));
    }
}
