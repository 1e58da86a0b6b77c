package vcl.plots;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;

/** Everything of a panel that is not data: legend, vertical markers, text notes, panel tag. */
final class PanelDecorations {

    private static final Color MARKER_COLOR = new Color(0x444444);

    private PanelDecorations() {
    }

    /**
     * Adds the vertical markers, their labels beside the line where there is no data and no
     * legend (at {@code legend}; its source and the panel size give its box), and the text notes.
     */
    static void addMarkersAndNotes(XYPlot plot, PanelSpec spec, LegendPosition legend, LegendItemSource source,
            double panelWidth, double panelHeight) {
        double[] box = null;
        if (!spec.markers().isEmpty() && source.getLegendItems().getItemCount() > 0) {
            LegendTitle title = new ScriptLegendTitle(source);
            PlotStyle.styleLegend(title);
            title.setPosition(RectangleEdge.RIGHT);
            box = LegendPlacer.boxSize(title, panelWidth, panelHeight);
        }
        for (VerticalMarker m : spec.markers()) {
            ValueMarker marker = new ValueMarker(m.x(), MARKER_COLOR,
                    PlotStyle.stroke(PlotStyle.MARKER_LINE_WIDTH, LineStyle.DASHED));
            plot.addDomainMarker(marker, Layer.BACKGROUND);
            if (!m.label().isEmpty()) {
                double v = LegendPlacer.markerLabelHeight(spec, plot.getDomainAxis(), plot.getRangeAxis(), m, legend,
                        box, panelWidth);
                ScriptTextAnnotation.Anchor end = v == LegendPlacer.LABEL_TOP ? ScriptTextAnnotation.Anchor.TOP
                        : v == LegendPlacer.LABEL_BOTTOM ? ScriptTextAnnotation.Anchor.BOTTOM
                        : ScriptTextAnnotation.Anchor.SIDE;
                plot.addAnnotation(new ScriptTextAnnotation(m.x(), v, end, m.label(), Fonts.plain(PlotStyle.NOTE_FONT)));
            }
        }
        for (TextNote n : spec.notes()) {
            plot.addAnnotation(new ScriptTextAnnotation(n.x(), n.y(), ScriptTextAnnotation.Anchor.DATA, n.text(),
                    Fonts.plain(PlotStyle.NOTE_FONT)));
        }
    }

    /**
     * Where the legend goes: the spec's fixed position, or for {@link LegendPosition#AUTO} a corner of
     * the plot area whose legend box covers no data, and under the plot area when every corner would.
     */
    static LegendPosition resolveLegend(XYPlot plot, PanelSpec spec, LegendItemSource source, double panelWidth,
            double panelHeight) {
        if (spec.legend() != LegendPosition.AUTO || source.getLegendItems().getItemCount() == 0) {
            return spec.legend();
        }
        LegendTitle legend = new ScriptLegendTitle(source);
        PlotStyle.styleLegend(legend);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        return LegendPlacer.choose(spec, plot.getDomainAxis(), plot.getRangeAxis(), legend, panelWidth, panelHeight);
    }

    /** Adds the legend inside the plot area at a corner {@code position} (nothing for the other positions). */
    static void addLegend(XYPlot plot, LegendPosition position, LegendItemSource source) {
        boolean corner = position == LegendPosition.TOP_RIGHT || position == LegendPosition.TOP_LEFT
                || position == LegendPosition.BOTTOM_RIGHT || position == LegendPosition.BOTTOM_LEFT;
        if (!corner || source.getLegendItems().getItemCount() == 0) {
            return;
        }
        LegendTitle legend = new ScriptLegendTitle(source);
        PlotStyle.styleLegend(legend);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        XYTitleAnnotation annotation = switch (position) {
            case TOP_LEFT -> new XYTitleAnnotation(0, 1, legend, RectangleAnchor.TOP_LEFT);
            case BOTTOM_RIGHT -> new XYTitleAnnotation(1, 0, legend, RectangleAnchor.BOTTOM_RIGHT);
            case BOTTOM_LEFT -> new XYTitleAnnotation(0, 0, legend, RectangleAnchor.BOTTOM_LEFT);
            default -> new XYTitleAnnotation(1, 1, legend, RectangleAnchor.TOP_RIGHT);
        };
        annotation.setMaxWidth(0.7);
        annotation.setMaxHeight(0.9);
        plot.addAnnotation(annotation);
    }

    /**
     * Adds the legend beside the plot area on its right, or under it with the entries in rows, if
     * {@code position} puts it there.
     */
    static void addOutsideLegend(JFreeChart chart, LegendPosition position, LegendItemSource source) {
        boolean right = position == LegendPosition.OUTSIDE_RIGHT;
        if (!(right || position == LegendPosition.OUTSIDE_BOTTOM) || source.getLegendItems().getItemCount() == 0) {
            return;
        }
        LegendTitle legend = new ScriptLegendTitle(source);
        PlotStyle.styleLegend(legend);
        if (right) {
            legend.setPosition(RectangleEdge.RIGHT);
            legend.setVerticalAlignment(VerticalAlignment.TOP);
            legend.setMargin(new RectangleInsets(40, 8, 0, 0));
        } else {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemFont(Fonts.plain(PlotStyle.CAPTION_FONT + 3));
            legend.setHorizontalAlignment(HorizontalAlignment.CENTER);
            legend.setMargin(new RectangleInsets(4, 8, 2, 8));
        }
        chart.addSubtitle(legend);
    }

    /** The captions, one line each, under the plot area in the note font, left-aligned. */
    static void addCaptions(JFreeChart chart, List<String> captions) {
        for (int i = captions.size() - 1; i >= 0; i--) {
            String line = captions.get(i);
            TextTitle caption = new TextTitle(LabelParser.toPlainText(line), Fonts.plain(PlotStyle.CAPTION_FONT),
                    Color.DARK_GRAY, RectangleEdge.BOTTOM, HorizontalAlignment.LEFT, VerticalAlignment.CENTER,
                    new RectangleInsets(1, 12, 1, 4));
            chart.addSubtitle(caption);
        }
    }

    static void addTag(JFreeChart chart, String tag) {
        if (tag.isEmpty()) {
            return;
        }
        TextTitle title = new TextTitle(LabelParser.toPlainText(tag), Fonts.bold(PlotStyle.TAG_FONT), Color.BLACK,
                RectangleEdge.TOP, HorizontalAlignment.LEFT, VerticalAlignment.CENTER,
                new RectangleInsets(0, 4, 6, 0));
        chart.addSubtitle(title);
    }
}
