package vcl.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConvergenceTimeTest {

    /** ε alternates ±0.1 around 0.2 until step 2999, then stays at 0.05. */
    private static double[] synthetic() {
        double[] eps = new double[6000];
        for (int t = 0; t < eps.length; t++) {
            eps[t] = t < 3000 ? 0.2 + (t % 2 == 0 ? 0.1 : -0.1) : 0.05;
        }
        return eps;
    }

    @Test
    void firstWindowWithSmallSpread() {
        // at t = 3999 the window [2999, 3999) still holds one value 0.3 among 999 of 0.05:
        // std = 0.25·√999/1000 ≈ 7.9e-3 > 5e-4; at t = 4000 the window is constant
        assertEquals(4000, ConvergenceTime.of(synthetic(), 1000, 5e-4).getAsInt());
        // smaller window: first constant window of 100 ends at 3100
        assertEquals(3100, ConvergenceTime.of(synthetic(), 100, 5e-4).getAsInt());
    }

    @Test
    void neverConverged() {
        double[] eps = new double[5000];
        for (int t = 0; t < eps.length; t++) {
            eps[t] = t % 2 == 0 ? 0.1 : 0.2;
        }
        assertFalse(ConvergenceTime.of(eps, 1000, 5e-4).isPresent());
    }

    @Test
    void slowDriftBelowThresholdCounts() {
        // a linear drift of 1e-6 per step: std over 1000 steps = 1e-6·1000/√12 ≈ 2.9e-4 < 5e-4 at once
        double[] eps = new double[1500];
        for (int t = 0; t < eps.length; t++) {
            eps[t] = 0.3 - 1e-6 * t;
        }
        assertEquals(1000, ConvergenceTime.of(eps, 1000, 5e-4).getAsInt());
    }

    @Test
    void fromARecordedTrajectory() {
        double[] eps = synthetic();
        List<EpochRecord> records = new ArrayList<>();
        for (int t = 0; t < eps.length; t++) {
            double p = Math.cos(Math.PI * eps[t]);
            records.add(new EpochRecord(1, t, new double[] {p}, new double[] {0}, 0.5, 0.5, 0));
        }
        assertEquals(4000, ConvergenceTime.of(records, ConvergenceTime.FIGURE_2C_WINDOW,
                ConvergenceTime.FIGURE_2C_THRESHOLD).getAsInt());
    }
}
