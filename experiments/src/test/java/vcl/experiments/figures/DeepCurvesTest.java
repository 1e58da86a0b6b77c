package vcl.experiments.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vcl.experiments.cl.AccuracyRow;
import vcl.experiments.cl.ClResult;
import vcl.experiments.cl.SeedProgress;
import vcl.experiments.spec.ClMethod;
import vcl.sim.images.TaskStream;
import vcl.sim.mlp.BetaSchedule;
import vcl.sim.mlp.EvalMode;
import vcl.sim.mlp.MlpShape;

/** The deep figures' curves, mean R and ACC/BWT from hand-made rows of two seeds, two tasks of two epochs. */
class DeepCurvesTest {

    /** Accuracy of seed s on task j after global epoch g: a formula, so every expected value is plain arithmetic. */
    private static double acc(int s, int g, int j) {
        return 0.1 * j + 0.01 * g + 0.2 * s;
    }

    private static ClResult result() {
        DeepRuns.Protocol p = new DeepRuns.Protocol(TaskStream.PERMUTED_MNIST, 2, 2, 2, 64, 16, 4, 0.01,
                BetaSchedule.PAPER, List.of(8), true);
        List<ClResult.SeedOutcome> seeds = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            List<AccuracyRow> rows = new ArrayList<>();
            for (int g = 0; g <= 4; g++) {
                int task = g == 0 ? 0 : (g - 1) / 2 + 1;
                int epoch = g == 0 ? 0 : (g - 1) % 2 + 1;
                for (int j = 1; j <= 2; j++) {
                    rows.add(new AccuracyRow(s, task, epoch, 1, j, EvalMode.STOCHASTIC, acc(s, g, j)));
                }
            }
            seeds.add(new ClResult.SeedOutcome(s, 100 + s, new SeedProgress(4, null, 1, rows)));
        }
        return new ClResult(p.spec(ClMethod.VCL, 1, 1, null, Path.of(".")), MlpShape.of(16, List.of(8), 10), seeds,
                Map.of());
    }

    @Test
    void curvesAreSeedStatisticsAtEveryGlobalEpoch() {
        DeepCurves.Curve c = DeepCurves.curve(result(), EvalMode.STOCHASTIC, 2);
        assertArrayEquals(new double[] {0, 1, 2, 3, 4}, c.epoch());
        for (int g = 0; g <= 4; g++) {
            assertEquals((acc(0, g, 2) + acc(1, g, 2)) / 2, c.mean()[g], 1e-12);
            assertEquals(acc(0, g, 2), c.min()[g], 1e-12);
            assertEquals(acc(1, g, 2), c.max()[g], 1e-12);
        }
        assertArrayEquals(new double[] {2, 3, 4}, c.between(2, 4).epoch());
    }

    @Test
    void matrixAndMetricsFollowTheirDefinitions() {
        ClResult r = result();
        double[][] mean = DeepCurves.meanMatrix(r, EvalMode.STOCHASTIC);
        // R[i][j] is the accuracy after the last epoch of task i+1 (global epoch 2 (i + 1))
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                int g = 2 * (i + 1);
                assertEquals((acc(0, g, j + 1) + acc(1, g, j + 1)) / 2, mean[i][j], 1e-12);
            }
        }
        Stats[] s = DeepCurves.accBwt(r, EvalMode.STOCHASTIC);
        double acc0 = (acc(0, 4, 1) + acc(0, 4, 2)) / 2;
        double acc1 = (acc(1, 4, 1) + acc(1, 4, 2)) / 2;
        assertEquals((acc0 + acc1) / 2, s[0].mean(), 1e-12);
        assertEquals(Math.abs(acc0 - acc1) / Math.sqrt(2), s[0].std(), 1e-12);
        assertEquals(acc(0, 4, 1) - acc(0, 2, 1), s[1].mean(), 1e-12, "BWT: task 1 after task 2 minus after task 1");
        assertEquals(2, s[1].n());
        assertEquals(0, DeepCurves.diverged(r));
    }

    @Test
    void epochTicksGiveAtMostTenTicks() {
        assertEquals(1, DeepPanels.epochTicks(6));
        assertEquals(5, DeepPanels.epochTicks(25));
        assertEquals(10, DeepPanels.epochTicks(80));
        assertEquals(2, DeepPanels.epochTicks(20));
    }
}
