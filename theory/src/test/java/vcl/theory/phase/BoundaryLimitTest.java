package vcl.theory.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vcl.theory.prior.Priors;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * The poor branch's end at q* → 1 against what does not depend on the extrapolation: the limit is
 * the same at two temperatures whose branches approach it at different rates (in the limit the
 * likelihood is a step whatever β), the load approaches it as √(1 − q*) (the loads at two gaps a
 * factor 100 apart are 10 times closer at the smaller), the load where the trace stops (1 − q* ≈ 1e-9)
 * lies below it by about c₁·3e-5, and every quadrature refined once does not move it.
 */
class BoundaryLimitTest {

    private static SolutionCurve poor(Task1Solver solver) {
        SolutionCurve c = SolutionCurve.fromPoor(new NewtonSaddle(solver), 0.3, 8, true);
        assertTrue(c.endsAtBoundary(), "the poor branch runs into q* = 1 at beta = " + solver.beta());
        return c;
    }

    private static double last(SolutionCurve c) {
        return c.points().get(c.points().size() - 1).alpha();
    }

    @Test
    void theLimitIsTheSameAtEveryBetaAndTheLoadApproachesItAsTheSquareRootOfTheGap() {
        SolutionCurve c50 = poor(new Task1Solver(50));
        SolutionCurve c1000 = poor(new Task1Solver(1000));
        BoundaryLimit.Limit l50 = BoundaryLimit.of(new Task1Solver(50), c50.points()).orElseThrow();
        BoundaryLimit.Limit l1000 = BoundaryLimit.of(new Task1Solver(1000), c1000.points()).orElseThrow();
        assertEquals(l50.alpha(), l1000.alpha(), 3e-7);
        assertEquals(2.3674978, l1000.alpha(), 3e-7, "docs/theory-beyond.md section 2");
        assertTrue(l50.misfit() < 1e-7 && l1000.misfit() < 1e-7);
        // the approach differs: c1 = 13.9 against 25.0, so the loads where the traces stop differ by 3e-4
        assertEquals(13.89, l50.slope(), 0.02);
        assertEquals(25.00, l1000.slope(), 0.02);
        assertTrue(last(c50) - last(c1000) > 2e-4);
        for (SolutionCurve c : List.of(c50, c1000)) {
            Task1Solution end = c.points().get(c.points().size() - 1);
            assertTrue(1 - end.orderParameters().qStar() < 1e-9);
            double below = (c == c50 ? l50 : l1000).alpha() - end.alpha();
            double predicted = (c == c50 ? l50 : l1000).slope() * Math.sqrt(1 - end.orderParameters().qStar());
            assertEquals(predicted, below, 0.03 * predicted, "the trace stops c1*sqrt(1 - q*) below the limit");
        }
        // √ law on the solved points themselves: 1e-8 and 1e-10 are points 2 and 6
        List<Task1Solution> pts = l1000.points();
        Task1Solution at8 = pts.stream().filter(p -> Math.abs(Math.log10(1 - p.orderParameters().qStar()) + 8) < 1e-3)
                .findFirst().orElseThrow();
        Task1Solution at10 = pts.stream().filter(p -> Math.abs(Math.log10(1 - p.orderParameters().qStar()) + 10) < 1e-3)
                .findFirst().orElseThrow();
        double ratio = (l1000.alpha() - at8.alpha()) / (l1000.alpha() - at10.alpha());
        assertEquals(10, ratio, 0.1);
    }

    /** Every quadrature (energetic and entropic) refined once: the limit at β = 300 moves by less than 1e-7. */
    @Test
    @Tag("slow")
    void aRefinedRuleGivesTheSameLimit() {
        Task1Solver plain = new Task1Solver(300);
        Task1Solver refined = new Task1Solver(300, Priors.FLAT.measure(300), Double.NaN,
                QuadratureSettings.DEFAULT.refined(), 1e-10, 500, true);
        SolutionCurve c = poor(plain);
        double a = BoundaryLimit.of(plain, c.points()).orElseThrow().alpha();
        double b = BoundaryLimit.of(refined, c.points()).orElseThrow().alpha();
        assertEquals(a, b, 1e-7);
        assertEquals(2.3674978, b, 3e-7);
    }
}
