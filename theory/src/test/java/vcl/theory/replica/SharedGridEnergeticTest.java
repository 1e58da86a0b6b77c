package vcl.theory.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vcl.theory.numerics.GaussLegendre;

/**
 * The energetic term with its inner averages on one shared grid against the same term
 * with every inner average on its own adapted panels under the refined settings (twice the points per
 * panel, half the widths, a wider truncation: other nodes, a mode search per outer node, the closed-form
 * Gaussian tail), across both branches and β from 0.3 to 1000.
 */
class SharedGridEnergeticTest {

    private static final double TOL = 1e-12;

    private static final OrderParameters[] POINTS = {
        new OrderParameters(0.05, 0.02, 0.1),
        new OrderParameters(0.3, 0.2, 0.45),
        new OrderParameters(0.54, 0.38, 0.68),      // poor branch, α ≈ 0.5
        new OrderParameters(0.849, 0.605, 0.912),   // poor branch, α ≈ 1
        new OrderParameters(0.9782, 0.9890, 0.9784), // good branch, α ≈ 2
        new OrderParameters(0.5, 0.1, 0.5001),       // c = 0.01 ≪ s
        new OrderParameters(0.2, 0.0, 0.9),          // ω = 0: no outer node skipped
    };

    @Test
    void sharedGridMatchesRefinedPerNodePanels() {
        for (double beta : new double[] {0.3, 1, 5, 20, 100, 1000}) {
            EnergeticTerm grid = new EnergeticTerm(beta, QuadratureSettings.DEFAULT, false, true);
            EnergeticTerm reference = new EnergeticTerm(beta, QuadratureSettings.DEFAULT.refined(), false, false);
            for (OrderParameters p : POINTS) {
                EnergeticDerivatives a = grid.evaluate(p);
                EnergeticDerivatives b = reference.evaluate(p);
                String at = "beta=" + beta + " at " + p;
                assertEquals(b.value(), a.value(), TOL * Math.max(1, Math.abs(b.value())), "G_E " + at);
                assertEquals(b.dq(), a.dq(), TOL * Math.max(1, Math.abs(b.dq())), "dG/dq " + at);
                assertEquals(b.dr(), a.dr(), TOL * Math.max(1, Math.abs(b.dr())), "dG/dr " + at);
                assertEquals(b.dqStar(), a.dqStar(), TOL * Math.max(1, Math.abs(b.dqStar())), "dG/dq* " + at);
            }
        }
    }

    @Test
    void parallelAndSerialSumsAreIdentical() {
        OrderParameters p = POINTS[3];
        EnergeticDerivatives serial = new EnergeticTerm(20, QuadratureSettings.DEFAULT, false, true).evaluate(p);
        EnergeticDerivatives parallel = new EnergeticTerm(20, QuadratureSettings.DEFAULT, true, true).evaluate(p);
        assertEquals(serial, parallel);
    }

    @Test
    void gridAverageMatchesTheOwnPanelsInnerAverage() {
        // single inner averages, far on both sides of the H step and on it
        double beta = 20;
        double c = Math.sqrt(0.912 - 0.849);
        double s = Math.sqrt(1 - 0.912);
        InnerAverage own = new InnerAverage(beta, GaussLegendre.rule(12), QuadratureSettings.DEFAULT);
        ConvolutionGrid grid = ConvolutionGrid.build(beta, c, s, -3, 10, GaussLegendre.rule(12), EnergeticTerm.GRID_PANEL_WIDTH, 38, 40_000);
        assertNotNull(grid);
        double[] out = new double[4];
        for (double y : new double[] {-2, -0.5, -0.1, 0, 0.1, 0.5, 2, 6}) {
            assertTrue(grid.average(y, out), "grid covers y = " + y);
            own.evaluate(y, c, s);
            assertEquals(own.logK, out[0], 1e-13 * Math.max(1, Math.abs(own.logK)), "log K at y = " + y);
            assertEquals(own.meanM, out[1], 1e-12 * Math.max(1, own.meanM), "<M> at y = " + y);
            assertEquals(own.meanM2, out[2], 1e-12 * Math.max(1, own.meanM2), "<M^2> at y = " + y);
            assertEquals(own.meanMu, out[3], 1e-12 * Math.max(1, Math.abs(own.meanMu)), "<Mu> at y = " + y);
        }
        // a y whose integrand reaches past the grid's end is refused
        assertTrue(!grid.average(9.5, out));
    }
}
