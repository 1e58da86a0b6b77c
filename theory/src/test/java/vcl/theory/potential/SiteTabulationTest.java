package vcl.theory.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vcl.theory.prior.FlatPrior;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * The site term with its ξ averages tabulated in the mean field ({@link XiAverageGrid}) against the
 * same term with the ξ average taken at every (z, m1) node, around the good state at α = 1.8
 * (β = 20): near d* (d = 0.95) and far from it (d = 0.77, where the constrained system sits in the
 * poor state), for one site evaluation at both and for the solved point at the far one.
 */
class SiteTabulationTest {

    private static final Task1Solver TASK1_SOLVER = new Task1Solver(20);
    private static final Task1Solution GOOD = TASK1_SOLVER.solve(1.8, TASK1_SOLVER.largeAlphaGuess());
    private static final Reference REFERENCE = Reference.of(GOOD, new FlatPrior());
    private static final PotentialModel TABULATED = new PotentialModel(REFERENCE, QuadratureSettings.DEFAULT, true);
    private static final PotentialModel EVERY_NODE = new PotentialModel(REFERENCE, QuadratureSettings.DEFAULT, true,
            CoupledSite.XiRule.AT_EVERY_NODE);

    /** The solved points of `vcl solve potential --alpha 1.8 --reference good`: {q, r, q*, p, d, d̂}. */
    private static final double[][] SOLVED = {
        {0.9384126894736099, 0.9630611086642461, 0.9403347697866097, 0.9500411771755383, 0.95, 653.4919960675526},
        {0.9797550483576467, 0.7794911610680877, 0.9902668443827765, 0.7700008879933364, 0.77, 489.0336102841364}};

    @Test
    void oneSiteEvaluationAgreesWithTheAverageAtEveryNode() {
        for (double[] x : SOLVED) {
            CoupledOrder op = new CoupledOrder(x[0], x[1], x[2], x[3], x[4]);
            // the conjugates of the energetic side there, d^ moved off the solution a little
            CoupledConjugates c = TABULATED.evaluate(op, x[5] + 0.37).conjugates();
            CoupledAverages fast = TABULATED.site().evaluate(c);
            CoupledAverages direct = TABULATED.site().evaluateAtEveryNode(c);
            double[] f = {fast.gS(), fast.q(), fast.r(), fast.qStar(), fast.p(), fast.d(), fast.chiD(), fast.pSign()};
            double[] g = {direct.gS(), direct.q(), direct.r(), direct.qStar(), direct.p(), direct.d(), direct.chiD(),
                direct.pSign()};
            for (int k = 0; k < f.length; k++) {
                assertEquals(g[k], f[k], 1e-12 * Math.max(1, Math.abs(g[k])), "average " + k + " at d = " + x[4]);
            }
        }
    }

    @Test
    void theSolvedFarPointAgreesWithThatOfTheAverageAtEveryNode() {
        // d = 0.77 only: the solve with the average at every node takes half a minute; started off the
        // solution (q, q* and p moved by 1e-4, d^ by 1), so that the iteration and d^'s Newton take several steps
        double[] x = SOLVED[1];
        CoupledOrder start = new CoupledOrder(x[0] + 1e-4, x[1], x[2] + 1e-4, x[3] - 1e-4, x[4]);
        PotentialPoint fast = new PotentialSolver(TABULATED, 1e-10, 50).solve(x[4], start, x[5] + 1);
        PotentialPoint direct = new PotentialSolver(EVERY_NODE, 1e-10, 50).solve(x[4], start, x[5] + 1);
        assertTrue(fast.converged() && direct.converged() && direct.iterations() > 2, fast + " / " + direct);
        assertEquals(direct.v(), fast.v(), 1e-10 * Math.abs(direct.v()), "V");
        assertEquals(direct.lagrangeField(), fast.lagrangeField(), 1e-10 * Math.abs(direct.lagrangeField()),
                "Lagrange field");
        assertEquals(direct.conjugates().dHat(), fast.conjugates().dHat(), 1e-10 * direct.conjugates().dHat(),
                "site coupling");
        assertTrue(direct.order().distance(fast.order()) < 1e-10, "order parameters");
    }
}
