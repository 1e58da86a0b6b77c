package vcl.theory.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vcl.theory.replica.Branch;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;
import vcl.theory.task1.Task1Sweep;

/**
 * Both branches completed around the transition at β = 20: solutions at α_t with equal free
 * entropy, and each metastable continuation up to its spinodal (the folds of the Newton traces,
 * docs/theory-beyond.md §3: the good branch from 1.498898, the poor one to 1.905803).
 */
class TransitionBranchesTest {

    private static final Task1Solver SOLVER = new Task1Solver(20);
    private static final double GOOD_FOLD = 1.498898;
    private static final double POOR_FOLD = 1.905803;

    @Test
    void aCoarseGridIsCompletedUpToTheSpinodals() {
        Task1Sweep sweep = new Task1Sweep(SOLVER);
        List<Task1Solution> coarse = sweep.sweep(new double[] {1.0, 2.0}, null);
        TransitionBranches.Completed<Task1Solution> c = new TransitionBranches<>(SOLVER)
                .complete(coarse, sweep.transition(coarse));
        double t = c.transition().orElseThrow();
        assertEquals(1.6502199, t, 1e-7, "the transition of the fine grid (BranchChangesTest)");
        checkBranches(c, t);
    }

    @Test
    void aFineGridGetsTheBranchesAtItsTransitionAndTheirEnds() {
        Task1Sweep sweep = new Task1Sweep(SOLVER);
        double[] grid = {1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2.0};
        List<Task1Solution> rows = sweep.sweep(grid, null);
        Optional<Double> onTheGrid = sweep.transition(rows);
        TransitionBranches.Completed<Task1Solution> c = new TransitionBranches<>(SOLVER).complete(rows, onTheGrid);
        assertEquals(onTheGrid, c.transition(), "the sweep's own transition is kept");
        checkBranches(c, onTheGrid.orElseThrow());
    }

    @Test
    void withoutAChangeNothingIsAdded() {
        Task1Solver single = new Task1Solver(5);
        Task1Sweep sweep = new Task1Sweep(single);
        List<Task1Solution> rows = sweep.sweep(new double[] {0.5, 1.5, 3.0}, null);
        TransitionBranches.Completed<Task1Solution> c = new TransitionBranches<>(single).complete(rows, Optional.empty());
        assertTrue(c.transition().isEmpty());
        assertTrue(c.added().isEmpty());
    }

    private static void checkBranches(TransitionBranches.Completed<Task1Solution> c, double t) {
        Task1Solution poorAtT = c.added().stream().filter(s -> s.alpha() == t && s.branch().poor()).findFirst()
                .orElseThrow();
        Task1Solution goodAtT = c.added().stream().filter(s -> s.alpha() == t && s.branch().good()).findFirst()
                .orElseThrow();
        assertEquals(poorAtT.phi(), goodAtT.phi(), 1e-9, "equal free entropies at the transition");
        assertTrue(goodAtT.r() - poorAtT.r() > 0.1, "two different branches at the transition");
        for (Task1Solution s : c.added()) {
            assertTrue(s.converged());
            Branch expected = s.branch().poor()
                    ? (s.alpha() <= t ? Branch.POOR_STABLE : Branch.POOR_METASTABLE)
                    : (s.alpha() >= t ? Branch.GOOD_STABLE : Branch.GOOD_METASTABLE);
            assertEquals(expected, s.branch(), "label relative to the transition at alpha " + s.alpha());
            assertEquals(s.branch().poor(), s.r() < 0.85, "r says which branch the point is on");
        }
        double poorEnd = c.added().stream().filter(s -> s.branch().poor()).mapToDouble(Task1Solution::alpha).max()
                .orElseThrow();
        double goodEnd = c.added().stream().filter(s -> s.branch().good()).mapToDouble(Task1Solution::alpha).min()
                .orElseThrow();
        assertTrue(poorEnd <= POOR_FOLD && poorEnd > POOR_FOLD - 1e-3, "poor branch continued to its spinodal: " + poorEnd);
        assertTrue(goodEnd >= GOOD_FOLD && goodEnd < GOOD_FOLD + 1e-3, "good branch continued to its spinodal: " + goodEnd);
    }
}
