package vcl.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.LineBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The publication style: sizes in points for a panel of about 800×600 pt that is printed at a
 * third of that width, so tick labels end up near 8 pt on paper. White background, black frame
 * with inward ticks, no grid, no shadows or gradients.
 */
final class PlotStyle {

    static final float TICK_FONT = 24f;
    static final float LABEL_FONT = 30f;
    static final float LEGEND_FONT = 22f;
    static final float NOTE_FONT = 22f;
    static final float CAPTION_FONT = 15f;
    static final float TAG_FONT = 28f;
    static final float TITLE_FONT = 30f;

    static final float FRAME_WIDTH = 2.2f;
    static final float LINE_WIDTH = 3.2f;
    static final float POINT_LINE_WIDTH = 1.8f;
    static final float ERROR_WIDTH = 2.0f;
    static final float MARKER_LINE_WIDTH = 2.0f;
    static final double MARKER_RADIUS = 7.5;
    static final double CAP_LENGTH = 11;
    static final float MAJOR_TICK = 11f;
    static final float MINOR_TICK = 6f;
    static final double BAND_ALPHA = 0.22;
    static final Color MARKER_LINE_COLOR = new Color(0x555555);

    private PlotStyle() {
    }

    static Stroke stroke(float width, LineStyle style) {
        float[] dashes = style.dashes(width);
        if (dashes == null) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes, 0f);
    }

    static void styleChart(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 10, 30));
    }

    static void stylePlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(true);
        plot.setOutlinePaint(Color.BLACK);
        plot.setOutlineStroke(new BasicStroke(FRAME_WIDTH));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setDomainMinorGridlinesVisible(false);
        plot.setRangeMinorGridlinesVisible(false);
        plot.setDomainZeroBaselineVisible(false);
        plot.setRangeZeroBaselineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
    }

    /** Inward major and minor ticks, thick axis line, large tick labels, label drawn with scripts. */
    static void styleAxis(ValueAxis axis, String label) {
        Font labelFont = Fonts.plain(LABEL_FONT);
        axis.setLabel(LabelParser.toPlainText(label));
        axis.setLabelFont(labelFont);
        axis.setLabelPaint(Color.BLACK);
        if (!label.isEmpty()) {
            axis.setAttributedLabel(LabelParser.toAttributedString(label, labelFont, Color.BLACK));
        }
        axis.setLabelInsets(new RectangleInsets(6, 6, 6, 6));
        axis.setTickLabelFont(Fonts.plain(TICK_FONT));
        axis.setTickLabelPaint(Color.BLACK);
        axis.setTickLabelInsets(new RectangleInsets(6, 6, 6, 6));
        axis.setAxisLineVisible(true);
        axis.setAxisLinePaint(Color.BLACK);
        axis.setAxisLineStroke(new BasicStroke(FRAME_WIDTH));
        axis.setTickMarksVisible(true);
        axis.setTickMarkPaint(Color.BLACK);
        axis.setTickMarkStroke(new BasicStroke(FRAME_WIDTH * 0.8f));
        axis.setTickMarkInsideLength(MAJOR_TICK);
        axis.setTickMarkOutsideLength(0f);
        axis.setMinorTickMarksVisible(true);
        axis.setMinorTickMarkInsideLength(MINOR_TICK);
        axis.setMinorTickMarkOutsideLength(0f);
    }

    static void styleLegend(LegendTitle legend) {
        legend.setItemFont(Fonts.plain(LEGEND_FONT));
        legend.setItemPaint(Color.BLACK);
        legend.setBackgroundPaint(new Color(255, 255, 255, 225));
        legend.setFrame(new LineBorder(new Color(0xBBBBBB), new BasicStroke(1.2f), new RectangleInsets(1, 1, 1, 1)));
        legend.setPadding(new RectangleInsets(6, 10, 6, 12));
        legend.setMargin(new RectangleInsets(14, 14, 14, 14));
        legend.setItemLabelPadding(new RectangleInsets(3, 8, 3, 4));
        legend.setLegendItemGraphicPadding(new RectangleInsets(2, 6, 2, 2));
    }
}
