package vcl.theory.potential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vcl.theory.replica.QuadratureSettings;

/** The tabulated inner average of the constrained replica against the tilted rule it interpolates. */
class ChannelTableTest {

    private static final QuadratureSettings SETTINGS = QuadratureSettings.DEFAULT;

    @Test
    void insideItsRangeTheTableInterpolatesTheDirectValues() {
        double beta = 20;
        double q = 0.9;
        double qStar = 0.93;
        ChannelTable table = ChannelTable.of(beta, q, qStar, -2, 2, SETTINGS);
        double c = Math.sqrt(qStar - q);
        double s = Math.sqrt(1 - qStar);
        double[] out = new double[ChannelTable.FUNCTIONS];
        for (double h : new double[] {-1.73, -0.31, 0.0123, 0.77, 1.9}) {
            table.at(h, out);
            double[] direct = ChannelTable.direct(beta, h, c, s, SETTINGS);
            // log K and its first field derivative: six-point interpolation at spacing s/(8(1 + √β))
            assertEquals(direct[0], out[0], 1e-9 * (1 + Math.abs(direct[0])), "log K at h = " + h);
            assertEquals(direct[1], out[1], 1e-7 * (1 + Math.abs(direct[1])), "dlogK/dh at h = " + h);
        }
    }

    @Test
    void theSlopeAloneIsTheSlopeOfTheFiveFunctions() {
        ChannelTable table = ChannelTable.of(20, 0.9, 0.93, -2, 2, SETTINGS);
        double[] out = new double[ChannelTable.FUNCTIONS];
        double[] scratch = new double[2];
        for (double h : new double[] {-1.73, 0.0123, 1.9, 50}) {
            table.at(h, out);
            assertEquals(out[1], table.slope(h, scratch), 0.0, "L' at h = " + h);
        }
    }

    @Test
    void aTableWithRowsOnlyWhereItIsReadHasTheValuesOfTheFullOne() {
        ChannelTable full = ChannelTable.of(20, 0.9, 0.93, -5, 5, SETTINGS);
        ChannelTable part = ChannelTable.of(20, 0.9, 0.93, -5, 5, -1, 0.5, SETTINGS, true);
        double c = Math.sqrt(0.93 - 0.9);
        double s = Math.sqrt(1 - 0.93);
        double[] a = new double[ChannelTable.FUNCTIONS];
        double[] b = new double[ChannelTable.FUNCTIONS];
        for (double h : new double[] {-1, -0.77, 0.0123, 0.5}) {
            full.at(h, a);
            part.at(h, b);
            assertArrayEquals(a, b, 0.0, "inside the rows read, at h = " + h);
        }
        // elsewhere a value is computed directly
        part.at(3.3, b);
        assertArrayEquals(ChannelTable.direct(20, 3.3, c, s, SETTINGS), b, 0.0);
    }

    @Test
    void farOutsideItsRangeTheTableFallsBackToTheDirectValuesWithoutWrappingItsIndex() {
        double beta = 20;
        double q = 0.9;
        double qStar = 0.93;
        ChannelTable table = ChannelTable.of(beta, q, qStar, -2, 2, SETTINGS);
        double c = Math.sqrt(qStar - q);
        double s = Math.sqrt(1 - qStar);
        double[] out = new double[ChannelTable.FUNCTIONS];
        for (double h : new double[] {-50, 3e9, 50}) {
            table.at(h, out);
            double[] direct = ChannelTable.direct(beta, h, c, s, SETTINGS);
            for (int f = 0; f < ChannelTable.FUNCTIONS; f++) {
                assertEquals(direct[f], out[f], 0.0, "function " + f + " at h = " + h);
            }
        }
    }
}
