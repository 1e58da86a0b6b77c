package vcl.theory.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;
import vcl.theory.task1.Task1Sweep;

/** Transitions found between grid points where the branches never coexist on the grid. */
class BranchChangesTest {

    @Test
    void aCoarseGridFindsTheTransitionOfAFineOne() {
        Task1Solver solver = new Task1Solver(20);
        Task1Sweep sweep = new Task1Sweep(solver);
        // on {1, 2} no load holds both branches (the good one starts at 1.499, the poor one ends at 1.906)
        List<Task1Solution> coarse = sweep.sweep(new double[] {1.0, 2.0}, null);
        assertEquals(2, coarse.size());
        assertTrue(sweep.transition(coarse).isEmpty(), "the sweep alone sees no coexistence");
        List<Double> found = new BranchChanges<>(solver).transitions(coarse);
        // the reference: both branches at 1.6 and 1.7, refined by the sweep's own transition search
        double fine = sweep.transition(sweep.sweep(new double[] {1.6, 1.7}, null)).orElseThrow();
        assertEquals(1, found.size());
        assertEquals(fine, found.get(0), 1e-8);
        assertEquals(1.65022, found.get(0), 1e-5);
    }

    @Test
    void aSingleBranchHasNoTransition() {
        Task1Solver solver = new Task1Solver(5);
        List<Task1Solution> rows = new Task1Sweep(solver).sweep(new double[] {0.5, 1.5, 3.0}, null);
        assertTrue(new BranchChanges<>(solver).transitions(rows).isEmpty());
    }
}
