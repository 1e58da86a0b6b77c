package vcl.sim.perceptron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.numbers.gamma.Erfcx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The table form of the inverse Mills ratio against two independent references: the 760-digit values
 * of {@code gaussian-tail-reference.csv} (the grid t ∈ [−40, 40]) and, on a dense grid of 160 001
 * points of [−40, 40] with the table's cell edges and its switch points, commons-numbers'
 * {@code √(2/π) / Erfcx.value(t/√2)} computed here.
 * <p>
 * Error budget: 2e-15 relative against the high-precision values (measured worst 4.3e-16) on both
 * sides, since for t &lt; 0 the rounding of t² is corrected; against the library 1e-14 relative for
 * t ≥ 0 (measured 7e-16) and for t &lt; 0 1e-14 plus the library's own error there, (1 + t²) 2⁻⁵²
 * (the rounding of x = t/√2 amplified by e^{x²}; measured at most 0.5 of it). Subnormal values (t below
 * about −37.5) are compared absolutely, to 1e-300.
 */
class InverseMillsRatioTest {

    private static final double ULP_OF_ONE = Math.ulp(1.0);

    private static double library(double t) {
        return Math.sqrt(2 / Math.PI) / Erfcx.value(t / Math.sqrt(2));
    }

    @ParameterizedTest(name = "t = {1}")
    @CsvFileSource(resources = "/gaussian-tail-reference.csv", numLinesToSkip = 1)
    void matchesTheHighPrecisionReference(int k, double t, double refLogH, double refMills) {
        double r = InverseMillsRatio.value(t);
        if (refMills < Double.MIN_NORMAL) {
            assertEquals(refMills, r, 1e-300, "R(" + t + ")");
        } else {
            assertEquals(refMills, r, 2e-15 * refMills, "R(" + t + ")");
        }
    }

    @Test
    void matchesTheLibraryFormOnADenseGrid() {
        for (int i = -80_000; i <= 80_000; i++) {
            check(i / 2000.0);
        }
        // both sides of every cell edge (1/16), of the cell midpoints and of the switch points
        for (int i = -640; i <= 640; i++) {
            double edge = i / 16.0;
            check(edge);
            check(Math.nextDown(edge));
            check(Math.nextUp(edge));
            check(edge + 1 / 32.0);
        }
        for (double t : new double[] {-39, -9, 0, 16}) {
            check(Math.nextDown(t));
            check(Math.nextUp(t));
        }
    }

    private static void check(double t) {
        double expected = library(t);
        double r = InverseMillsRatio.value(t);
        if (expected < Double.MIN_NORMAL) {
            assertEquals(expected, r, 1e-300, "R(" + t + ")");
        } else if (t >= 0) {
            assertEquals(expected, r, 1e-14 * expected, "R(" + t + ")");
        } else {
            assertEquals(expected, r, (1e-14 + (1 + t * t) * ULP_OF_ONE) * expected, "R(" + t + ")");
        }
    }

    @Test
    void limits() {
        assertEquals(Math.sqrt(2 / Math.PI), InverseMillsRatio.value(0), 1e-16);
        assertEquals(0, InverseMillsRatio.value(-50));
        assertEquals(0, InverseMillsRatio.value(Double.NEGATIVE_INFINITY));
        assertEquals(library(1e6), InverseMillsRatio.value(1e6), 1e-15 * 1e6);
        assertTrue(Double.isNaN(InverseMillsRatio.value(Double.NaN)));
    }
}
