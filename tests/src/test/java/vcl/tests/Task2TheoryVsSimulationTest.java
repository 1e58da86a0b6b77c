package vcl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vcl.sim.optim.OptimizerSpec;
import vcl.sim.optim.WeightDecay;
import vcl.sim.run.ParallelRunner;
import vcl.sim.run.SgdConfig;
import vcl.sim.run.Task1Config;
import vcl.sim.run.Task2Config;
import vcl.sim.run.Task2Sweep;
import vcl.theory.franzparisi.Task2Point;
import vcl.theory.franzparisi.Task2Solution;
import vcl.theory.franzparisi.Task2Solver;
import vcl.theory.replica.QuadratureSettings;

/**
 * Task-2 Franz-Parisi theory (α1 = 2, β = 20, γ = 1, α2 = 1) against field-space training of the
 * two tasks in sequence, N = 1000, β_f = 1, 8 seeds, r0 ∈ {0, 0.5}: mean ε_g¹ (forgetting of task 1)
 * and ε_g² (learning of task 2) within 0.04 of the theory (issue 5).
 *
 * <p>Protocol: the paper's (figures.md, row 3a) with a shorter task 2. Task 1: full-batch Adam
 * (0.9, 0.999), lr 1e-3, L2 weight decay 1e-3, 5000 epochs. Task 2: full-batch Adam lr 5e-3, L2 weight
 * decay 1e-3, KL weight γ = 1 to the task-1 fields, 4000 epochs instead of 20000: task 2 is stationary
 * by then. Measured means over these 8 seeds (ε_g¹, ε_g²): r0 = 0: (0.1631, 0.4671) at 4000 epochs,
 * (0.1634, 0.4669) at 8000 epochs and with lr 1e-2 for 4000 epochs; r0 = 0.5: (0.1338, 0.3071) in all
 * three; theory (0.1505, 0.4688) and (0.1136, 0.3128). The task-1 phase is kept as the paper's:
 * the forgetting depends on how far task 1 went (a task 1 trained to zero error with larger steps
 * saturates the fields and forgets less).
 */
class Task2TheoryVsSimulationTest {

    private static final int SEEDS = 8;
    private static final int FULL_BATCH = Integer.MAX_VALUE;

    @Test
    @Tag("slow")
    void sequentialTrainingAgreesWithTheFranzParisiTheory() {
        WeightDecay wd = new WeightDecay(1e-3, false);
        SgdConfig first = new SgdConfig(OptimizerSpec.adam(1e-3, wd), FULL_BATCH, 5000, false, 5000, false);
        SgdConfig second = new SgdConfig(OptimizerSpec.adam(5e-3, wd), FULL_BATCH, 4000, false, 4000, false);
        Task1Config task1 = new Task1Config(1000, 2.0, 1.0, first, 0, null, Task1Config.DEFAULT_TEST_SIZE);
        Task2Config template = new Task2Config(task1, 1.0, 0.0, 1.0, second);
        double[] r0s = {0.0, 0.5};
        List<Task2Sweep.Run> runs = Task2Sweep.run(template, new double[] {1.0}, r0s, SEEDS, 20230714L,
                new ParallelRunner(2), () -> { });
        Task2Solver solver = Task2Solver.around(2.0, 20, QuadratureSettings.DEFAULT, 1e-10, 400);
        for (double r0 : r0s) {
            List<Task2Sweep.Run> at = runs.stream().filter(r -> r.r0() == r0).toList();
            assertEquals(SEEDS, at.size());
            double eps1 = at.stream().mapToDouble(r -> r.task2().last().epsG1()).average().orElseThrow();
            double eps2 = at.stream().mapToDouble(r -> r.task2().last().epsG2()).average().orElseThrow();
            Task2Point p = new Task2Point(1.0, 1.0, r0);
            Task2Solution theory = solver.solve(p, solver.smallAlphaGuess(p));
            assertTrue(theory.converged(), "theory at " + p);
            System.out.printf("r0=%.1f  simulation eps_g1 = %.4f eps_g2 = %.4f   theory eps_g1 = %.4f eps_g2 = %.4f%n",
                    r0, eps1, eps2, theory.epsG1(), theory.epsG2());
            assertEquals(theory.epsG1(), eps1, 0.04, "eps_g1 (forgetting) at r0 = " + r0);
            assertEquals(theory.epsG2(), eps2, 0.04, "eps_g2 (learning) at r0 = " + r0);
        }
    }
}
