package vcl.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

class LayoutDetailsTest {

    @Test
    void automaticLegendAvoidsTheData() {
        int n = 50;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i / (n - 1.0);
            y[i] = x[i];
        }
        PanelSpec diagonal = PanelSpec.of(AxisSpec.linear("x"), AxisSpec.linear("y"),
                LineSeries.of("a rising line", x, y),
                PointSeries.of("points", new double[] {0.05, 0.1}, new double[] {0.9, 0.95}));
        assertEquals(RectangleAnchor.BOTTOM_RIGHT, legendAnchor(diagonal));
        PanelSpec fixed = diagonal.withLegend(LegendPosition.TOP_LEFT);
        assertEquals(RectangleAnchor.TOP_LEFT, legendAnchor(fixed));
    }

    @Test
    void noLegendWhenAllSeriesAreUnnamedOrLegendIsOff() {
        double[] x = {1, 2};
        PanelSpec unnamed = PanelSpec.of(AxisSpec.linear("x"), AxisSpec.linear("y"), LineSeries.of("", x, x));
        assertEquals(null, legendAnchor(unnamed));
        PanelSpec off = PanelSpec.of(AxisSpec.linear("x"), AxisSpec.linear("y"), LineSeries.of("named", x, x))
                .withLegend(LegendPosition.NONE);
        assertEquals(null, legendAnchor(off));
    }

    @Test
    void logAxisDrawsMinorTicksAndDecadeLabels() {
        PanelSpec panel = ExampleFigures.forgettingVsAlpha2();
        LogAxis axis = (LogAxis) PanelChartBuilder.build(panel, 800, 600).getXYPlot().getDomainAxis();
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        List<?> ticks = axis.refreshTicks(image.createGraphics(), new AxisState(),
                new Rectangle2D.Double(100, 50, 600, 450), RectangleEdge.BOTTOM);
        long minors = ticks.stream().filter(t -> ((LogTick) t).getTickType() == TickType.MINOR).count();
        assertTrue(minors >= 16, "minor ticks: " + minors);
        for (Object t : ticks) {
            assertNotNull(((LogTick) t).getAttributedLabel(), "every log tick needs a label to be drawn");
        }
    }

    @Test
    void tickLabelsUseTrueMinusAndJustEnoughDecimals() {
        assertEquals("−0.5", TickFormats.format(1).format(-0.5));
        assertEquals(2, TickFormats.decimalsFor(0.25));
        assertEquals(0, TickFormats.decimalsFor(500));
        assertEquals("0.75", TickFormats.unit(0.25).valueToString(0.75));
    }

    private static RectangleAnchor legendAnchor(PanelSpec panel) {
        JFreeChart chart = PanelChartBuilder.build(panel, 800, 600);
        for (XYAnnotation a : chart.getXYPlot().getAnnotations()) {
            if (a instanceof XYTitleAnnotation t) {
                return t.getTitleAnchor();
            }
        }
        return null;
    }
}
