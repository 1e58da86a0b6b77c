package vcl.theory.potential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vcl.theory.prior.FlatPrior;
import vcl.theory.replica.QuadratureSettings;

/** The tabulated ξ averages of the constrained site against the direct ones they interpolate. */
class XiAverageGridTest {

    private static final FlatPrior FLAT = new FlatPrior();
    private static final QuadratureSettings SETTINGS = QuadratureSettings.DEFAULT;

    @Test
    void betweenItsRowsTheGridReproducesTheDirectAverages() {
        // (a, spread of ξ): the two far overlaps of the α = 1.8 curve (d = 0.95: a = −6.4, σ = 9.2;
        // d = 0.77: a = 81.5, σ = 31.3), a spread near 1, and the steepest case, a large a with no
        // spread (⟨m⟩ a tanh-like step of width ~1 at μ = 0)
        double[][] cases = {{-6.4, 9.2}, {81.5, 31.3}, {81.5, 1.0}, {81.5, 0.0}, {300, 0.3}, {-300, 0}};
        double[] out = new double[XiAverageGrid.FUNCTIONS];
        for (double[] c : cases) {
            XiAverageGrid grid = XiAverageGrid.empty(FLAT, c[0], c[1], SETTINGS);
            double[] mus = {-3.3, -0.41, -0.013, 0.0071, 0.38, 2.9, 47.3, 211.7};
            long[] low = new long[mus.length];
            long[] high = new long[mus.length];
            for (int i = 0; i < mus.length; i++) {
                low[i] = grid.lowRow(mus[i]);
                high[i] = grid.highRow(mus[i]);
            }
            grid = grid.with(grid.missing(low, high), false);
            for (double mu : mus) {
                grid.at(mu, out);
                double[] direct = CoupledSite.xiAverage(FLAT, c[0], mu, c[1], SETTINGS);
                String at = " at a = " + c[0] + ", spread " + c[1] + ", mu = " + mu;
                // error of order h⁶ times the sixth derivative; rounding of log Z ~ |log Z|·1e-16
                assertEquals(direct[0], out[0], 5e-12 * (1 + Math.abs(direct[0])), "E log Z" + at);
                for (int f = 1; f < XiAverageGrid.FUNCTIONS; f++) {
                    assertEquals(direct[f], out[f], 5e-12, "function " + f + at);
                }
            }
        }
    }

    @Test
    void aValueDoesNotDependOnWhichRowsWereComputedBefore() {
        XiAverageGrid empty = XiAverageGrid.empty(FLAT, -6.4, 9.2, SETTINGS);
        double mu = 25.37;
        long[] here = {empty.lowRow(mu)};
        long[] hereHigh = {empty.highRow(mu)};
        XiAverageGrid alone = empty.with(empty.missing(here, hereHigh), false);
        XiAverageGrid first = empty.with(empty.missing(new long[] {empty.lowRow(-10)}, new long[] {empty.highRow(-5)}),
                true);
        long[] more = first.missing(here, hereHigh);
        assertEquals(hereHigh[0] - here[0] + 1, more.length, "rows of the new range only");
        XiAverageGrid later = first.with(more, true);
        assertEquals(0, later.missing(here, hereHigh).length, "nothing left to compute");
        double[] a = new double[XiAverageGrid.FUNCTIONS];
        double[] b = new double[XiAverageGrid.FUNCTIONS];
        alone.at(mu, a);
        later.at(mu, b);
        assertArrayEquals(a, b, 0.0);
    }

    @Test
    void fieldsOutsideItsRowsAreRefused() {
        XiAverageGrid empty = XiAverageGrid.empty(FLAT, 2, 0.5, SETTINGS);
        XiAverageGrid grid = empty.with(empty.missing(new long[] {empty.lowRow(0)}, new long[] {empty.highRow(1)}),
                false);
        assertThrows(IllegalStateException.class, () -> grid.at(50, new double[XiAverageGrid.FUNCTIONS]));
        assertNull(grid.missing(new long[] {grid.lowRow(-1e9)}, new long[] {grid.highRow(1e9)}),
                "no grid spans fields far beyond any physical range");
    }
}
