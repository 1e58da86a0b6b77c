package vcl.theory.potential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Six-point Lagrange interpolation: exact on quintics, sixth order on a smooth function, honest about its range. */
class SixPointLagrangeTest {

    private static double quintic(double t) {
        return 0.3 - 1.1 * t + 0.25 * t * t - 0.04 * t * t * t + 0.003 * Math.pow(t, 4) - 1e-4 * Math.pow(t, 5);
    }

    @Test
    void polynomialsOfDegreeFiveAreReproducedAndSinConvergesAtSixthOrder() {
        int n = 20;
        double[][] rows = new double[n][];
        for (int k = 0; k < n; k++) {
            rows[k] = new double[] {quintic(k), Math.sin(0.3 * k)};
        }
        double[] out = new double[2];
        for (double t : new double[] {2, 2.37, 7.5, 11.91, 16.99}) {
            assertTrue(SixPointLagrange.interpolate(rows, t, 2, out));
            assertEquals(quintic(t), out[0], 1e-12, "quintic at " + t);
            // error bound: max|f⁽⁶⁾| h⁶ max|Π(x − k)|/6! with h = 0.3 as the spacing of sin(0.3 k)
            assertEquals(Math.sin(0.3 * t), out[1], Math.pow(0.3, 6) * 17 / 720, "sin at " + t);
        }
    }

    @Test
    void outsideItsRangeNothingIsWritten() {
        double[][] rows = new double[10][];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = new double[] {k};
        }
        double[] out = {42};
        for (double t : new double[] {1.999, 7.0, 3e12, -3e12, Double.NaN}) {
            assertFalse(SixPointLagrange.interpolate(rows, t, 1, out), "t = " + t);
            assertArrayEquals(new double[] {42}, out);
        }
    }
}
