package vcl.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vcl.sim.optim.OptimizerSpec;
import vcl.sim.optim.WeightDecay;
import vcl.sim.perceptron.FieldState;
import vcl.sim.perceptron.SelfOverlapProjection;
import vcl.sim.perceptron.SelfOverlapSchedule;

class RunTest {

    private static Task1Config small(double alpha, int epochs, int recordEvery) {
        return new Task1Config(200, alpha, 1.0, SgdConfig.figure1a(epochs, recordEvery), 0, null, 2000);
    }

    @Test
    void sweepIsIdenticalForOneAndTwoThreads() {
        double[] alphas = {0.5, 1.5};
        Task1Config c = small(1, 20, 5);
        List<Task1Sweep.Run> one = Task1Sweep.run(c, alphas, 3, 11L, new ParallelRunner(1), ParallelRunner.Progress.NONE);
        List<Task1Sweep.Run> two = Task1Sweep.run(c, alphas, 3, 11L, new ParallelRunner(2), ParallelRunner.Progress.NONE);
        assertEquals(6, one.size());
        for (int j = 0; j < one.size(); j++) {
            assertEquals(one.get(j).alpha(), two.get(j).alpha());
            assertEquals(one.get(j).seed(), two.get(j).seed());
            assertEquals(one.get(j).result().trajectory(), two.get(j).result().trajectory());
        }
        assertNotEquals(one.get(0).result().trajectory(), one.get(1).result().trajectory());
        // a run does not depend on the other loads of the sweep, and Task1Run.run reproduces it
        List<Task1Sweep.Run> alone = Task1Sweep.run(c, new double[] {1.5}, 3, 11L, new ParallelRunner(2),
                ParallelRunner.Progress.NONE);
        assertEquals(one.get(4).result().trajectory(), alone.get(1).result().trajectory());
        long runSeed = RandomStreams.runSeeds(11L, 3)[1][0];
        assertEquals(one.get(4).result().trajectory(), Task1Run.run(c.withAlpha(1.5), runSeed).trajectory());
    }

    @Test
    void trainingLearnsTheTeacherAndRecordsOnSchedule() {
        RunResult r = Task1Run.run(small(2.5, 60, 20), 3L);
        List<EpochRecord> t = r.trajectory();
        assertEquals(List.of(0, 20, 40, 60), t.stream().map(EpochRecord::epoch).toList());
        assertTrue(t.get(0).epsG1() > 0.3, "random start");
        assertTrue(r.finalEpsG() < 0.15, "learned: eps_g = " + r.finalEpsG());
        assertTrue(t.get(3).loss() < t.get(0).loss());
        // the test error estimates ε_g
        assertEquals(r.finalEpsG(), r.last().testError(1), 0.05);
        assertEquals(1 - r.last().selfOverlap(), r.last().meanVariance(), 1e-12);
    }

    @Test
    void earlyStopAtZeroTestError() {
        SgdConfig sgd = new SgdConfig(OptimizerSpec.momentum(0.03, 0.9), 0, 400, false, 100, true);
        RunResult r = Task1Run.run(new Task1Config(100, 4, 1.0, sgd, 0, null, 2000), 5L);
        assertTrue(r.stoppedEarly(), "should reach zero test error at alpha = 4");
        assertEquals(0.0, r.last().testError(1));
        assertTrue(r.last().epoch() < 400);
    }

    @Test
    void reshuffledAdamRunWithEntropyPrior() {
        SgdConfig adam = new SgdConfig(OptimizerSpec.adam(0.01, new WeightDecay(0.01, true)), 32, 30, true, 30, false);
        RunResult r = Task1Run.run(new Task1Config(150, 2, 1.0, adam, 0.5, null, 1000), 9L);
        assertTrue(r.finalEpsG() < 0.3, "eps_g = " + r.finalEpsG());
    }

    @Test
    void slowSgdHoldsTheSelfOverlapSchedule() {
        SelfOverlapSchedule schedule = new SelfOverlapSchedule(0.3, 0.9, 10);
        SgdConfig sgd = new SgdConfig(OptimizerSpec.momentum(1e-3, 0.9), 32, 10, false, 5, false);
        RunResult r = Task1Run.run(new Task1Config(120, 1, 1.0, sgd, 0, schedule, 500), 4L);
        assertEquals(0.3, r.trajectory().get(0).selfOverlap(), 1e-9);
        assertEquals(0.6, r.trajectory().get(1).selfOverlap(), 1e-9);
        assertEquals(0.9, r.last().selfOverlap(), 1e-9);
    }

    @Test
    void projectionKeepsSigns() {
        double[] h = {0.3, -1, 2, -0.01, 0};
        FieldState s = new FieldState(h, 1.0);
        SelfOverlapProjection.project(s, 0.5);
        assertEquals(0.5, s.selfOverlap(), 1e-12);
        for (int i = 0; i < h.length; i++) {
            assertEquals(Math.signum(h[i]), Math.signum(s.fields()[i]));
        }
    }

    @Test
    void taskTwoLearnsTheSecondTeacherFromTheFirst() {
        Task1Config t1 = small(2, 40, 40);
        Task2Config c = new Task2Config(t1, 2, 0, 1, SgdConfig.figure1a(40, 20));
        List<Task2Sweep.Run> runs = Task2Sweep.run(c, new double[] {2}, new double[] {0}, 1, 5L,
                new ParallelRunner(1), ParallelRunner.Progress.NONE);
        Task2Sweep.Run run = runs.get(0);
        EpochRecord start = run.task2().trajectory().get(0);
        EpochRecord end = run.task2().last();
        assertEquals(2, end.task());
        assertEquals(run.task1().last().p(1), start.p(1), 0, "task 2 starts from the task-1 fields");
        assertTrue(end.p(2) > start.p(2) + 0.2, "learns teacher 2: " + start.p(2) + " -> " + end.p(2));
        assertTrue(end.p(1) < start.p(1), "forgets teacher 1 at r0 = 0");
    }

    @Test
    void configsRejectBadInput() {
        assertThrows(IllegalArgumentException.class, () -> small(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Task1Config(0, 1, 1, SgdConfig.figure1a(1, 1), 0, null, 10));
        assertThrows(IllegalArgumentException.class, () -> new Task2Config(small(1, 1, 1), 1, 1.1, 1, SgdConfig.figure1a(1, 1)));
        assertThrows(IllegalArgumentException.class, () -> SgdConfig.figure1a(0, 1));
        assertEquals(10, SgdConfig.figure1a(1, 1).batchSizeFor(100));
        assertEquals(100, SgdConfig.figure1a(1, 1).batchSizeFor(2000));
        assertEquals(25, SgdConfig.figure1a(1, 1).batchSizeFor(500));
        assertEquals(5, SgdConfig.figure1a(1, 1).batchSizeFor(5));
    }
}
