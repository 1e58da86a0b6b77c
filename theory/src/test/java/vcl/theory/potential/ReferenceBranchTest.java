package vcl.theory.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * Each branch is itself or absent, never the other one under its name: against the task-1 sweep's
 * branches at β = 20 (good spinodal 1.4989, poor spinodal 1.9058) and the single branch at β = 5.
 */
class ReferenceBranchTest {

    private static final Task1Solver BETA_20 = new Task1Solver(20);

    @Test
    void whereBothExistEachIsItsOwn() {
        Task1Solution poor = ReferenceBranch.POOR.solve(BETA_20, 1.8).orElseThrow();
        Task1Solution good = ReferenceBranch.GOOD.solve(BETA_20, 1.8).orElseThrow();
        // the values of vcl solve task1 --alpha 1.8 --beta 20 --all-branches
        assertEquals(0.9798184917, poor.q(), 1e-9);
        assertEquals(0.7846377384, poor.r(), 1e-9);
        assertEquals(-5.874389740, poor.phi(), 1e-8);
        assertEquals(0.9704562415, good.q(), 1e-9);
        assertEquals(0.9848878240, good.r(), 1e-9);
        Task1Solution stable = ReferenceBranch.STABLE.solve(BETA_20, 1.8).orElseThrow();
        assertEquals(good.q(), stable.q(), 1e-9, "the good branch is the stable one above alpha_t");
    }

    @Test
    void aBranchThatHasEndedIsAbsent() {
        assertTrue(ReferenceBranch.GOOD.solve(BETA_20, 1.3).isEmpty(), "below the good spinodal 1.4989");
        assertTrue(ReferenceBranch.POOR.solve(BETA_20, 2.0).isEmpty(), "above the poor spinodal 1.9058");
        assertTrue(ReferenceBranch.POOR.solve(BETA_20, 1.3).isPresent());
        assertTrue(ReferenceBranch.GOOD.solve(BETA_20, 2.0).isPresent());
    }

    @Test
    void withoutATransitionBothNamesAreTheOneSolution() {
        Task1Solver beta5 = new Task1Solver(5);
        Task1Solution poor = ReferenceBranch.POOR.solve(beta5, 1.5).orElseThrow();
        Task1Solution good = ReferenceBranch.GOOD.solve(beta5, 1.5).orElseThrow();
        assertEquals(poor.q(), good.q(), 1e-8);
        assertEquals(poor.phi(), good.phi(), 1e-9);
    }
}
