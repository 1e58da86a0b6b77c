package vcl.experiments.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vcl.sim.run.EpochRecord;

/** Seed statistics against hand-computed values. */
class StatsTest {

    @Test
    void meanSampleStdMinMax() {
        Stats s = Stats.of(new double[] {1, 2, 4});
        assertEquals(7.0 / 3, s.mean(), 1e-15);
        // Σ(x − mean)² = 16/9 + 1/9 + 25/9 = 42/9; / (n − 1) = 7/3
        assertEquals(Math.sqrt(7.0 / 3), s.std(), 1e-15);
        assertEquals(1, s.min());
        assertEquals(4, s.max());
        assertEquals(0, Stats.of(new double[] {5}).std());
        assertEquals(0.5, Stats.meanAbsDifference(new double[] {1, 2}, new double[] {2, 2}), 0);
    }

    @Test
    void trajectoriesAreAveragedEpochByEpoch() {
        List<EpochRecord> a = List.of(record(0, 1.0), record(10, 0.5));
        List<EpochRecord> b = List.of(record(0, 0.0), record(10, 0.9));
        TrajectoryStats t = TrajectoryStats.of(List.of(a, b), r -> r.p(1), 100);
        assertArrayEquals(new double[] {100, 110}, t.epoch());
        assertArrayEquals(new double[] {0.5, 0.7}, t.mean(), 1e-15);
        assertArrayEquals(new double[] {0.0, 0.5}, t.min());
        assertArrayEquals(new double[] {1.0, 0.9}, t.max());
        List<EpochRecord> shifted = List.of(record(0, 1.0), record(20, 0.5));
        assertThrows(IllegalArgumentException.class, () -> TrajectoryStats.of(List.of(a, shifted), r -> r.p(1), 0));
    }

    private static EpochRecord record(int epoch, double p1) {
        return new EpochRecord(1, epoch, new double[] {p1}, new double[] {0}, 0.5, 0.5, 0);
    }
}
