package vcl.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vcl.sim.optim.OptimizerSpec;

/**
 * A diverged run never looks like a result: training stops at the epoch where the fields or the
 * loss stop being finite, that record says so and holds no overlap or test error, and a run that
 * did not diverge is untouched by the check.
 */
class DivergenceTest {

    private static final int EPOCHS = 20;

    private static Task1Config config(double lr, double betaField, int recordEvery) {
        SgdConfig sgd = new SgdConfig(OptimizerSpec.momentum(lr, 0.9), 0, EPOCHS, false, recordEvery, false);
        return new Task1Config(50, 1, betaField, sgd, 0, null, 100);
    }

    @Test
    void aTooLargeLearningRateStopsAtTheDivergedEpochWithNoOverlap() {
        RunResult r = Task1Run.run(config(1, 1, EPOCHS), 0L);
        assertTrue(r.diverged());
        EpochRecord last = r.last();
        assertTrue(last.epoch() < EPOCHS, "stops where it diverged, not at the last epoch: " + last.epoch());
        assertTrue(Double.isNaN(last.p(1)) && Double.isNaN(last.epsG1()) && Double.isNaN(last.currentTestError()),
                "no overlap read off NaN fields: " + last);
        assertFalse(Double.isFinite(last.loss()));
        assertEquals(List.of(false, true), r.trajectory().stream().map(EpochRecord::diverged).toList());
    }

    @Test
    void everyEpochRecordedEndsAtTheFirstDivergedOne() {
        RunResult r = Task1Run.run(config(1, 1, 1), 0L);
        List<EpochRecord> t = r.trajectory();
        for (int i = 0; i < t.size() - 1; i++) {
            assertFalse(t.get(i).diverged(), "epoch " + t.get(i).epoch());
            assertTrue(Double.isFinite(t.get(i).p(1)));
            assertEquals(i, t.get(i).epoch());
        }
        assertTrue(r.diverged());
        assertEquals(r.last().epoch(), t.size() - 1);
    }

    @Test
    void aSecondTaskAfterADivergedFirstIsDivergedFromItsStart() {
        Task2Config two = new Task2Config(config(1, 1, EPOCHS), 1, 0.5, 1, SgdConfig.figure1a(10, 5));
        List<Task2Sweep.Run> runs = Task2Sweep.run(two, new double[] {1}, new double[] {0.5}, 1, 3L,
                new ParallelRunner(1), ParallelRunner.Progress.NONE);
        Task2Sweep.Run run = runs.get(0);
        assertTrue(run.task1().diverged());
        assertTrue(run.task2().diverged());
        assertEquals(0, run.task2().last().epoch());
        assertTrue(Double.isNaN(run.task2().last().p(1)) && Double.isNaN(run.task2().last().p(2)));
    }

    @Test
    void aHealthyRunIsNotDiverged() {
        RunResult r = Task1Run.run(config(0.03, 1, 5), 0L);
        assertFalse(r.diverged());
        assertEquals(EPOCHS, r.last().epoch());
        assertTrue(r.trajectory().stream().noneMatch(EpochRecord::diverged));
    }

    /**
     * Over learning rates from gentle to absurd and field temperatures around the paper's: either
     * every record is finite and the run reaches its last epoch, or the trajectory ends at its first
     * diverged record, which carries no overlap.
     */
    @ParameterizedTest(name = "lr {0}, beta_field {1}, seed {2}")
    @MethodSource("randomSettings")
    void aRunIsEitherFiniteThroughoutOrEndsAtItsFirstDivergedEpoch(double lr, double betaField, long seed) {
        RunResult r = Task1Run.run(config(lr, betaField, 1), seed);
        List<EpochRecord> t = r.trajectory();
        for (EpochRecord e : t.subList(0, t.size() - 1)) {
            assertFalse(e.diverged());
            assertTrue(Double.isFinite(e.p(1)) && Double.isFinite(e.selfOverlap()) && Double.isFinite(e.loss()));
        }
        if (r.diverged()) {
            assertTrue(Double.isNaN(r.last().p(1)) && Double.isNaN(r.last().currentTestError()));
        } else {
            assertEquals(EPOCHS, r.last().epoch());
            assertTrue(Double.isFinite(r.last().p(1)));
            for (double h : r.fields()) {
                assertTrue(Double.isFinite(h));
            }
        }
    }

    /**
     * Forty settings drawn once from a fixed seed: learning rates log-uniform in [10⁻³, 20] (both
     * sides of divergence), β_field uniform in [0.2, 5], run seeds in [0, 1000].
     */
    static Stream<Arguments> randomSettings() {
        SplittableRandom random = new SplittableRandom(20_261_130L);
        return IntStream.range(0, 40).mapToObj(i -> Arguments.of(
                Math.exp(random.nextDouble(Math.log(1e-3), Math.log(20))),
                random.nextDouble(0.2, 5), random.nextLong(0, 1001)));
    }
}
