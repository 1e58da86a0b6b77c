package vcl.experiments.cl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContinualMetricsTest {

    private static final double EXACT = 1e-15;

    @Test
    void threeTasksByHand() {
        double[][] r = {
            {0.9, 0.2, 0.1},
            {0.7, 0.8, 0.3},
            {0.6, 0.5, 0.85}};
        double[] b = {0.1, 0.12, 0.09};
        ContinualMetrics m = ContinualMetrics.of(r, b);
        assertEquals((0.6 + 0.5 + 0.85) / 3, m.acc(), EXACT);
        assertEquals(((0.6 - 0.9) + (0.5 - 0.8)) / 2, m.bwt(), EXACT);    // -0.3
        assertEquals(((0.2 - 0.12) + (0.3 - 0.09)) / 2, m.fwt(), EXACT);  // 0.145
    }

    @Test
    void noForgettingAndNoTransferGiveZeros() {
        // A learner that keeps every task and knows nothing of a task before training it.
        double[][] r = {
            {1, 0.1, 0.1, 0.1},
            {1, 1, 0.1, 0.1},
            {1, 1, 1, 0.1},
            {1, 1, 1, 1}};
        double[] b = {0.1, 0.1, 0.1, 0.1};
        ContinualMetrics m = ContinualMetrics.of(r, b);
        assertEquals(1, m.acc(), EXACT);
        assertEquals(0, m.bwt(), EXACT);
        assertEquals(0, m.fwt(), EXACT);
    }

    @Test
    void totalForgettingOfTwoTasks() {
        // Task 1 learnt to 0.98, then forgotten to chance: BWT = 0.1 - 0.98.
        ContinualMetrics m = ContinualMetrics.of(new double[][] {{0.98, 0.11}, {0.1, 0.97}}, new double[] {0.09, 0.1});
        assertEquals((0.1 + 0.97) / 2, m.acc(), EXACT);
        assertEquals(0.1 - 0.98, m.bwt(), EXACT);
        assertEquals(0.11 - 0.1, m.fwt(), EXACT);
    }

    @Test
    void oneTaskHasNoTransfer() {
        ContinualMetrics m = ContinualMetrics.of(new double[][] {{0.8}}, new double[] {0.1});
        assertEquals(0.8, m.acc(), EXACT);
        assertTrue(Double.isNaN(m.bwt()));
        assertTrue(Double.isNaN(m.fwt()));
    }

    @Test
    void nonSquareMatricesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ContinualMetrics.of(new double[][] {{1, 2}, {3}}, new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> ContinualMetrics.of(new double[][] {{1}}, new double[] {0, 0}));
    }

    @Test
    void spreadUsesNMinusOne() {
        ContinualMetrics.Spread s = ContinualMetrics.Spread.of(new double[] {1, 2, 3, 4});
        assertEquals(2.5, s.mean(), EXACT);
        assertEquals(Math.sqrt(5.0 / 3), s.std(), EXACT);   // sum of squares 5, n - 1 = 3
        assertEquals(4, s.n());
        ContinualMetrics.Spread one = ContinualMetrics.Spread.of(new double[] {0.7});
        assertEquals(0.7, one.mean(), EXACT);
        assertTrue(Double.isNaN(one.std()));
        assertEquals(0, ContinualMetrics.Spread.of(new double[0]).n());
    }
}
