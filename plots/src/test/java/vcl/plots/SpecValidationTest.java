package vcl.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SpecValidationTest {

    private static final double[] X = {1, 2, 3, 4};
    private static final double[] Y = {0.4, 0.3, 0.2, 0.1};

    private static void rejected(Executable e, String... fragments) {
        String message = assertThrows(IllegalArgumentException.class, e).getMessage();
        for (String f : fragments) {
            assertTrue(message.contains(f), () -> "'" + message + "' lacks '" + f + "'");
        }
    }

    @Test
    void mismatchedLengthsAreRejected() {
        rejected(() -> LineSeries.of("theory", X, new double[] {1, 2, 3}), "line series 'theory'",
                "y has 3 values but x has 4");
        rejected(() -> PointSeries.withErrors("SGD", X, Y, new double[] {0.1}), "point series 'SGD'", "yError");
        rejected(() -> BandSeries.of(X, Y, new double[] {1, 2}), "band", "upper has 2 values");
    }

    @Test
    void nonFiniteValuesAreRejected() {
        rejected(() -> LineSeries.of("t", X, new double[] {0.1, Double.NaN, 0.2, 0.3}), "y[1] = NaN",
                "not a finite number");
        rejected(() -> PointSeries.of("p", new double[] {Double.POSITIVE_INFINITY}, new double[] {1}), "x[0]");
        rejected(() -> AxisSpec.linear("α").range(Double.NaN, 1), "min = NaN");
        rejected(() -> new VerticalMarker(Double.NaN, "α_c"), "vertical marker");
    }

    @Test
    void logAxesRejectNonPositiveValues() {
        LineSeries zeroX = LineSeries.of("theory", new double[] {0, 1}, new double[] {1, 2});
        rejected(() -> PanelSpec.of(AxisSpec.log("α_2"), AxisSpec.linear("ε"), zeroX), "line series 'theory'",
                "x[0] = 0.0", "logarithmic");
        PointSeries negY = PointSeries.of("SGD", X, new double[] {1, -1, 2, 3});
        rejected(() -> PanelSpec.of(AxisSpec.linear("α"), AxisSpec.log("ε"), negY), "point series 'SGD'", "y[1]");
        rejected(() -> AxisSpec.log("α_2").range(0, 7), "min = 0.0", "logarithmic");
        rejected(() -> PanelSpec.of(AxisSpec.log("α"), AxisSpec.linear("ε"), LineSeries.of("", X, Y))
                .withMarker(-1, ""), "vertical marker");
    }

    @Test
    void logAxisClipsErrorBarsThatReachZero() {
        PointSeries p = PointSeries.withErrors("SGD", X, Y, new double[] {0.5, 0.1, 0.1, 0.1});
        PanelSpec panel = PanelSpec.of(AxisSpec.linear("α"), AxisSpec.log("ε"), p);
        assertEquals(0.04, AxisFactory.clippedLower(p, true)[0], 1e-12);
        assertEquals(0.2, AxisFactory.clippedLower(p, true)[1], 1e-12);
        FigureExporter.toSvg(FigureSpec.of(panel));
    }

    @Test
    void otherBadSpecsAreRejected() {
        rejected(() -> new BandSeries("", X, new double[] {1, 1, 1, 1}, new double[] {2, 0, 2, 2}, null),
                "upper[1] = 0.0 is below lower[1] = 1.0");
        rejected(() -> PointSeries.withErrors("", X, Y, new double[] {0, 0, -0.1, 0}), "yError[2]", "negative");
        rejected(() -> AxisSpec.linear("α").range(2, 1), "min = 2.0 must be below max = 1.0");
        rejected(() -> AxisSpec.linear("α").ticks(0), "tickStep");
        rejected(() -> LineSeries.of("", new double[0], new double[0]), "at least one value");
        rejected(() -> new PanelSpec("(a)", AxisSpec.linear("x"), AxisSpec.linear("y"), List.of(), null, null,
                LegendPosition.AUTO), "panel (a)", "at least one series");
        PanelSpec ok = PanelSpec.of(AxisSpec.linear("x"), AxisSpec.linear("y"), LineSeries.of("", X, Y));
        rejected(() -> new FigureSpec("", List.of(ok), 2, 800, 600, 2), "columns = 2");
        rejected(() -> FigureSpec.of(ok).withPanelSize(100, 600), "too small");
        rejected(() -> FigureSpec.of(ok).withPngScale(0), "pngScale");
    }

    @Test
    void arraysAreCopiedOnTheWayInAndOut() {
        double[] y = Y.clone();
        LineSeries line = LineSeries.of("t", X, y);
        y[0] = 99;
        assertEquals(0.4, line.y()[0]);
        line.y()[0] = 42;
        assertEquals(0.4, line.y()[0]);
    }
}
