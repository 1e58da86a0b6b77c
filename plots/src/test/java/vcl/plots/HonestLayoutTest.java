package vcl.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** Legends and labels stay off the data, captions are text, sizes and PDF titles are as documented. */
class HonestLayoutTest {

    /** A line through every corner of the plot area: no corner is free for a legend. */
    private static PanelSpec cornersFull() {
        return PanelSpec.of(AxisSpec.linear("x").range(0, 1), AxisSpec.linear("y").range(0, 1),
                LineSeries.of("zigzag", new double[] {0, 1, 0, 1}, new double[] {1, 1, 0, 0}),
                LineSeries.of("second", new double[] {0, 1}, new double[] {0.5, 0.5}));
    }

    @Test
    void automaticLegendGoesUnderThePlotWhenEveryCornerHoldsData() {
        JFreeChart chart = PanelChartBuilder.build(cornersFull(), 800, 600);
        for (XYAnnotation a : chart.getXYPlot().getAnnotations()) {
            assertTrue(!(a instanceof XYTitleAnnotation), "no legend inside the plot area");
        }
        List<Title> legends = subtitles(chart).stream().filter(t -> t instanceof LegendTitle).toList();
        assertEquals(1, legends.size());
        assertEquals(RectangleEdge.BOTTOM, legends.get(0).getPosition());
    }

    @Test
    void automaticLegendInsideCoversNoSample() {
        // data only in the lower half: the legend must go to a top corner
        PanelSpec lower = PanelSpec.of(AxisSpec.linear("x").range(0, 1), AxisSpec.linear("y").range(0, 1),
                LineSeries.of("low", new double[] {0, 1}, new double[] {0.1, 0.3}),
                PointSeries.of("points", new double[] {0.2, 0.9}, new double[] {0.2, 0.35}));
        JFreeChart chart = PanelChartBuilder.build(lower, 800, 600);
        XYTitleAnnotation legend = (XYTitleAnnotation) chart.getXYPlot().getAnnotations().stream()
                .filter(a -> a instanceof XYTitleAnnotation).findFirst().orElseThrow();
        assertEquals(1.0, legend.getY(), 0, "a top corner");
    }

    @Test
    void markerLabelGoesToTheEndOfTheLineWithoutData() {
        PanelSpec top = PanelSpec.of(AxisSpec.linear("α").range(0, 2), AxisSpec.linear("q").range(0, 1),
                LineSeries.of("q", new double[] {0, 1.5, 2}, new double[] {0.5, 0.97, 0.99})).withMarker(1.6, "α_t")
                .withLegend(LegendPosition.NONE);
        assertEquals(ScriptTextAnnotation.Anchor.BOTTOM, markerAnchor(top));
        PanelSpec bottom = PanelSpec.of(AxisSpec.linear("α").range(0, 2), AxisSpec.linear("ε").range(0, 1),
                LineSeries.of("ε", new double[] {0, 1.5, 2}, new double[] {0.5, 0.03, 0.01})).withMarker(1.6, "α_t")
                .withLegend(LegendPosition.NONE);
        assertEquals(ScriptTextAnnotation.Anchor.TOP, markerAnchor(bottom));
    }

    @Test
    void markerLabelGoesBesideTheLineWhenBothEndsHoldData() {
        // figure A1 (a): p = 1 along the top and ε = 0 along the bottom right of the transition
        PanelSpec panel = PanelSpec.of(AxisSpec.linear("α").range(0, 2.5), AxisSpec.linear("p, ε").range(-0.02, 1.02),
                LineSeries.of("p", new double[] {0.1, 2, 2, 2.5}, new double[] {0.2, 0.9, 1, 1}),
                LineSeries.of("ε", new double[] {0.1, 2, 2, 2.5}, new double[] {0.45, 0.13, 0, 0}))
                .withMarker(2, "α_t").withLegend(LegendPosition.NONE);
        assertEquals(ScriptTextAnnotation.Anchor.SIDE, markerAnchor(panel));
    }

    @Test
    void markerLabelNeverSitsOnTheLegend() {
        // figure 2c (b): data along the top, the legend in the bottom-right corner across the marker
        PanelSpec panel = PanelSpec.of(AxisSpec.linear("α").range(0.95, 2.05), AxisSpec.linear("fraction").range(0, 1.05),
                PointSeries.of("converged within 6000 steps", new double[] {1, 1.2, 1.4, 1.6, 1.7, 1.8, 2},
                        new double[] {1, 0.67, 1, 1, 0.67, 1, 1}).connected()).withMarker(1.65, "α_t (β = 20)");
        JFreeChart chart = PanelChartBuilder.build(panel, 800, 600);
        XYTitleAnnotation legend = (XYTitleAnnotation) chart.getXYPlot().getAnnotations().stream()
                .filter(a -> a instanceof XYTitleAnnotation).findFirst().orElseThrow();
        assertEquals(0.0, legend.getY(), 0, "the legend sits in a bottom corner");
        // the label is wider than the gap to the point at α = 1.8 = 1: not at the top either, but beside the line
        assertEquals(ScriptTextAnnotation.Anchor.SIDE, markerAnchor(panel), "so the label goes beside the line");
    }

    @Test
    void captionsAreDrawnAsSearchableTextUnderThePlot() {
        FigureSpec figure = FigureSpec.of(cornersFull().withCaption("bands: min–max over 8 seeds")
                .withCaption("dashed: metastable"));
        String svg = FigureExporter.toSvg(figure);
        assertTrue(svg.contains("bands: min–max over 8 seeds") && svg.contains("dashed: metastable"));
        // bottom subtitles are laid out from the outside in: the last caption must come first to be the lowest
        List<String> order = subtitles(PanelChartBuilder.build(figure.panels().get(0), 800, 600)).stream()
                .filter(t -> t instanceof org.jfree.chart.title.TextTitle).map(t -> ((org.jfree.chart.title.TextTitle) t)
                        .getText()).toList();
        assertEquals(List.of("dashed: metastable", "bands: min–max over 8 seeds"), order, "captions read top-down");
    }

    @Test
    void keyOnlySeriesHasALegendEntryAndNoVisibleLine() {
        PanelSpec panel = PanelSpec.of(AxisSpec.linear("x").range(0, 1), AxisSpec.linear("y").range(0, 1),
                LineSeries.of("data", new double[] {0, 1}, new double[] {0.1, 0.2}).withColor(Color.BLUE),
                LineSeries.keyOnly("theory", LineStyle.DASHED, Color.BLACK, 0.5, 0.5));
        String svg = FigureExporter.toSvg(FigureSpec.of(panel));
        assertTrue(svg.contains(">theory<"), "legend entry");
    }

    @Test
    void titledOnePanelPngIsTheDocumentedSize() throws Exception {
        FigureSpec figure = FigureSpec.of(cornersFull()).withTitle("Fig. 3b: γ = 1");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(FigureExporter.toPng(figure)));
        // FigureSpec's documentation: 1600×1200 px a panel, and a 96 px title strip
        assertEquals(1600, png.getWidth());
        assertEquals(1296, png.getHeight());
    }

    @Test
    void pdfTitleKeepsItsGreekLetters() {
        byte[] pdf = FigureExporter.toPdf(FigureSpec.of(cornersFull()).withTitle("Fig. 3b: γ = 1, α_2 ≤ 7"));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/Title \\(((?:\\\\[0-7]{3})+)\\)").matcher(text);
        assertTrue(m.find(), "a /Title text string of octal escapes");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Matcher octal = Pattern.compile("\\\\([0-7]{3})").matcher(m.group(1));
        while (octal.find()) {
            bytes.write(Integer.parseInt(octal.group(1), 8));
        }
        byte[] b = bytes.toByteArray();
        assertEquals(0xFE, b[0] & 0xff, "UTF-16BE byte order mark");
        assertEquals(0xFF, b[1] & 0xff);
        assertEquals("Fig. 3b: γ = 1, α₂ ≤ 7", new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE));
    }

    private static List<Title> subtitles(JFreeChart chart) {
        return java.util.stream.IntStream.range(0, chart.getSubtitleCount()).mapToObj(chart::getSubtitle).toList();
    }

    private static ScriptTextAnnotation.Anchor markerAnchor(PanelSpec panel) {
        return PanelChartBuilder.build(panel, 800, 600).getXYPlot().getAnnotations().stream()
                .filter(a -> a instanceof ScriptTextAnnotation).map(a -> ((ScriptTextAnnotation) a).anchor())
                .findFirst().orElseThrow();
    }
}
