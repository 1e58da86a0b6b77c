package vcl.theory.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vcl.theory.replica.FreeEntropyDerivatives;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.ReplicaModel;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * The phase diagram against independent computations: the fixed-point iteration (a different
 * algorithm on the same equations), the stationarity of the variational free entropy, the
 * envelope identity dΦ/dα = G_E, and the anchor points α_t(20), α_t(50) of the load sweeps.
 */
class PhaseDiagramTest {

    private static final PhaseDiagram DIAGRAM = new PhaseDiagram(Task1Solver::new);
    private static SolutionCurve beta20;

    /** The whole S at β = 20, traced once from the poor branch through both folds (Newton needs near guesses). */
    private static synchronized SolutionCurve beta20() {
        if (beta20 == null) {
            beta20 = SolutionCurve.fromPoor(new NewtonSaddle(new Task1Solver(20)), 0.3, 2.0, false);
        }
        return beta20;
    }

    @Test
    void newtonAgreesWithTheFixedPointIterationAtFixedLoadAndAtFixedOverlap() {
        Task1Solver solver = new Task1Solver(20);
        NewtonSaddle newton = new NewtonSaddle(solver);
        Task1Solution fixedPoint = solver.solve(1.2, solver.smallAlphaGuess(1.2));
        assertTrue(fixedPoint.converged());
        OrderParameters op = fixedPoint.orderParameters();
        Task1Solution guess = solver.solve(1.2, new OrderParameters(0.95 * op.q(), 0.97 * op.r(), 0.97 * op.qStar()), 1);
        Task1Solution atLoad = newton.atLoad(1.2, guess).orElseThrow();
        assertTrue(atLoad.converged());
        assertEquals(0, atLoad.orderParameters().distance(op), 1e-9);
        Task1Solution atOverlap = newton.atOverlap(op.r(), guess).orElseThrow();
        assertTrue(atOverlap.converged());
        assertEquals(1.2, atOverlap.alpha(), 1e-8);
        assertEquals(fixedPoint.phi(), atOverlap.phi(), 1e-8);
    }

    @Test
    void theUnstableMiddleSolutionIsAStationaryPointOfTheFreeEntropy() {
        // r = 0.87 at β = 20 lies between the spinodals on the middle part of the S (α ≈ 1.75 falls with r)
        Task1Solver solver = new Task1Solver(20);
        Task1Solution middle = beta20().at(0.87).orElseThrow();
        Task1Solution nearby = beta20().at(0.871).orElseThrow();
        assertTrue(middle.converged() && nearby.converged());
        assertTrue(nearby.alpha() < middle.alpha(), "α falls with r on the middle part");
        ReplicaModel m = solver.model(middle.alpha());
        double[] x = {middle.q(), middle.r(), middle.qStar(), middle.conjugates().qHat(), middle.conjugates().rHat(),
            middle.conjugates().qStarHat()};
        double gap = Math.min(middle.q() - middle.r() * middle.r(), Math.min(middle.qStar() - middle.q(),
                1 - middle.qStar()));
        for (int k = 0; k < 6; k++) {
            double h = k < 3 ? 1e-3 * Math.min(gap, 1e-2) : 1e-6 * Math.max(1, Math.abs(x[k]));
            double scale = k < 3 ? Math.max(1, Math.abs(x[k + 3])) : 1;
            assertEquals(0, FreeEntropyDerivatives.derivative(m, x, k, h), 1e-7 * scale, "dPhi/dx" + k);
        }
    }

    @Test
    void alongTheCurveTheFreeEntropyChangesWithTheLoadAsTheEnergeticTerm() {
        // envelope theorem: at a saddle point dΦ/dα = G_E (Φ is stationary in the other six variables);
        // along the curve dΦ/dr = G_E dα/dr, checked by central differences in r
        Task1Solver solver = new Task1Solver(20);
        for (double r : new double[] {0.75, 0.87, 0.97}) {
            double h = 1e-4;
            Task1Solution mid = beta20().at(r).orElseThrow();
            Task1Solution up = beta20().at(r + h).orElseThrow();
            Task1Solution down = beta20().at(r - h).orElseThrow();
            double gE = solver.model(mid.alpha()).evaluate(mid.orderParameters()).energetic().value();
            double dPhi = (up.phi() - down.phi()) / (2 * h);
            double dAlpha = (up.alpha() - down.alpha()) / (2 * h);
            // O(h²) differences of α and Φ (α'' ~ 1e3 near the good branch) and Φ to ~q̂·1e-10: budget 1e-4
            assertEquals(gE * dAlpha, dPhi, 1e-4 * Math.abs(dPhi), "r = " + r);
        }
    }

    @Test
    void atBeta20TheLineReproducesTheSweepsTransitionAndTheSpinodalsBoundTheBranches() {
        Coexistence c = DIAGRAM.at(20).orElseThrow();
        assertEquals(1.65022, c.alphaTransition(), 1e-5);
        assertFalse(c.poorEndsAtBoundary());
        assertTrue(c.alphaGoodEnd() < c.alphaTransition() && c.alphaTransition() < c.alphaPoorEnd());
        // independent: the fixed-point iteration started on each branch at α_t gives equal free entropies
        Task1Solver solver = new Task1Solver(20);
        Task1Solution poor = solver.solve(c.alphaTransition(), c.poorAtTransition().orderParameters());
        Task1Solution good = solver.solve(c.alphaTransition(), c.goodAtTransition().orderParameters());
        assertTrue(poor.converged() && good.converged());
        assertTrue(good.r() - poor.r() > 0.1, "two distinct branches");
        assertEquals(poor.phi(), good.phi(), 1e-9);
        // the spinodals: just inside, the fixed-point iteration stays on the branch; just outside it leaves it
        double d = 2e-3;
        Task1Solution inside = solver.solve(c.alphaPoorEnd() - d, c.poorEnd().orderParameters());
        Task1Solution outside = solver.solve(c.alphaPoorEnd() + d, c.poorEnd().orderParameters());
        assertTrue(inside.converged() && Math.abs(inside.r() - c.poorEnd().r()) < 0.02, "poor branch below its end");
        assertTrue(!outside.converged() || outside.r() > c.goodAtTransition().r() - 0.05, "poor branch gone above its end");
        inside = solver.solve(c.alphaGoodEnd() + d, c.goodEnd().orderParameters());
        outside = solver.solve(c.alphaGoodEnd() - d, c.goodEnd().orderParameters());
        assertTrue(inside.converged() && Math.abs(inside.r() - c.goodEnd().r()) < 0.02, "good branch above its end");
        assertTrue(!outside.converged() || outside.r() < c.poorAtTransition().r() + 0.05, "good branch gone below its end");
    }

    @Test
    void atBeta5ThereIsASingleBranch() {
        assertEquals(Optional.empty(), DIAGRAM.at(5));
        assertTrue(DIAGRAM.steepestSlope(5, 2.5).getValue() > 0, "α(r) is monotone");
    }

    @Test
    @Tag("slow")
    void atBeta50TheLineReproducesTheSweepsTransitionAndThePoorBranchEndsAtTheBoundary() {
        Coexistence c = DIAGRAM.at(50).orElseThrow();
        assertEquals(1.97746, c.alphaTransition(), 1e-5);
        assertTrue(c.poorEndsAtBoundary());
        assertTrue(1 - c.poorEnd().qStar() < 2e-9);
    }

    /**
     * The good branch's spinodal by the fixed-point iteration alone (the way used where Newton
     * cannot follow the good branch, β ≥ 500) against Newton's fold, a different algorithm, at
     * β = 300 where both work: 0.5319271 against 0.5319258.
     */
    @Test
    @Tag("slow")
    void theFixedPointSpinodalOfTheGoodBranchIsNewtonsFold() {
        Task1Solver solver = new Task1Solver(300);
        NewtonSaddle newton = new NewtonSaddle(solver);
        double newtonFold = GoodBranch.of(newton).end().orElseThrow().alpha();
        java.util.List<Task1Solution> good = new vcl.theory.task1.Task1Sweep(solver).sweep(GoodBranch.GRID, null)
                .stream().filter(s -> s.branch().good())
                .sorted(java.util.Comparator.comparingDouble(Task1Solution::alpha).reversed()).toList();
        double fixedPointEnd = GoodBranch.byFixedPoint(solver, good).orElseThrow().end().orElseThrow().alpha();
        assertEquals(0.531926, newtonFold, 1e-6, "the table's spinodal (docs/theory-beyond.md section 3)");
        assertTrue(fixedPointEnd >= newtonFold, "the fixed-point iteration does not pass the fold");
        assertEquals(newtonFold, fixedPointEnd, 3e-6);
    }

    /**
     * β = 500, where Newton cannot follow the good branch: the line's α_t is the transition of the
     * fixed-point sweep (both branches continued by the fixed-point iteration, Φ equated by false
     * position: no Newton step), and the good branch ends between the sweep's last good load and
     * the poor branch's end at q* → 1.
     */
    @Test
    @Tag("slow")
    void atBeta500TheLineIsTheFixedPointSweepsTransition() {
        Coexistence c = DIAGRAM.at(500).orElseThrow();
        vcl.theory.task1.Task1Sweep sweep = new vcl.theory.task1.Task1Sweep(new Task1Solver(500));
        double fixedPoint = sweep.transition(sweep.sweep(new double[] {2.29, 2.31, 2.5}, null)).orElseThrow();
        assertEquals(fixedPoint, c.alphaTransition(), 1e-8);
        assertEquals(2.3009528, c.alphaTransition(), 1e-6);
        assertEquals(0.429412, c.alphaGoodEnd(), 2e-6);
        assertTrue(c.poorEndsAtBoundary());
        assertEquals(2.36679, c.alphaPoorEnd(), 1e-4);
        // the branch's end is the limit as q* → 1, above the trace's last load (BoundaryLimitTest)
        assertEquals(2.3674978, c.alphaPoorBranchEnd(), 3e-7);
        assertEquals(c.poorAtTransition().phi(), c.goodAtTransition().phi(), 1e-8);
    }
}
