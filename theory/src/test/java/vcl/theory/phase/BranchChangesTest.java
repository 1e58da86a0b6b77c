package vcl.theory.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vcl.theory.franzparisi.Task2Coupling;
import vcl.theory.franzparisi.Task2Solution;
import vcl.theory.franzparisi.Task2Solver;
import vcl.theory.franzparisi.Task2Sweep;
import vcl.theory.replica.QuadratureSettings;
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
    @Tag("slow")
    void task2sCoarseGridFindsTheTransitionOfAFineOne() {
        // γ = 1, r0 = 0 around task 1 at α1 = 2, β = 20: the branches coexist around α2 = 4.5..5 only
        Task2Solver s = Task2Solver.around(2.0, 20, QuadratureSettings.DEFAULT, 1e-10, 500);
        Task2Sweep sweep = new Task2Sweep(s);
        List<Task2Solution> coarse = sweep.overAlpha2(new double[] {3.0, 6.0}, 1, 0, null);
        assertTrue(sweep.transition(coarse).isEmpty(), "the sweep alone sees no coexistence");
        List<Double> found = new BranchChanges<>(s.alongAlpha2(new Task2Coupling(1, 0))).transitions(coarse);
        double fine = sweep.transition(sweep.branches(new double[] {4.5, 5.0}, 1, 0, null)).orElseThrow();
        assertEquals(1, found.size());
        assertEquals(fine, found.get(0), 1e-7);
    }

    @Test
    void aSingleBranchHasNoTransition() {
        Task1Solver solver = new Task1Solver(5);
        List<Task1Solution> rows = new Task1Sweep(solver).sweep(new double[] {0.5, 1.5, 3.0}, null);
        assertTrue(new BranchChanges<>(solver).transitions(rows).isEmpty());
    }
}
