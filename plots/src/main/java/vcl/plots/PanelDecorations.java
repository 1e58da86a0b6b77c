package vcl.plots;

import java.awt.Color;
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

    static void addMarkersAndNotes(XYPlot plot, PanelSpec spec) {
        for (VerticalMarker m : spec.markers()) {
            ValueMarker marker = new ValueMarker(m.x(), MARKER_COLOR,
                    PlotStyle.stroke(PlotStyle.MARKER_LINE_WIDTH, LineStyle.DASHED));
            plot.addDomainMarker(marker, Layer.BACKGROUND);
            if (!m.label().isEmpty()) {
                plot.addAnnotation(new ScriptTextAnnotation(m.x(), Double.NaN, true, m.label(),
                        Fonts.plain(PlotStyle.NOTE_FONT)));
            }
        }
        for (TextNote n : spec.notes()) {
            plot.addAnnotation(new ScriptTextAnnotation(n.x(), n.y(), false, n.text(),
                    Fonts.plain(PlotStyle.NOTE_FONT)));
        }
    }

    /** Adds the legend inside the plot area; the panel size (points) serves the automatic placement. */
    static void addLegend(XYPlot plot, PanelSpec spec, LegendItemSource source, double panelWidth,
            double panelHeight) {
        if (spec.legend() == LegendPosition.NONE || spec.legend() == LegendPosition.OUTSIDE_RIGHT
                || source.getLegendItems().getItemCount() == 0) {
            return;
        }
        LegendTitle legend = new ScriptLegendTitle(source);
        PlotStyle.styleLegend(legend);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        LegendPosition position = spec.legend() != LegendPosition.AUTO ? spec.legend()
                : LegendPlacer.choose(spec, plot.getDomainAxis(), plot.getRangeAxis(), legend, panelWidth,
                        panelHeight);
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

    /** Adds the legend beside the plot area, on its right, if the spec asks for it there. */
    static void addOutsideLegend(JFreeChart chart, PanelSpec spec, LegendItemSource source) {
        if (spec.legend() != LegendPosition.OUTSIDE_RIGHT || source.getLegendItems().getItemCount() == 0) {
            return;
        }
        LegendTitle legend = new ScriptLegendTitle(source);
        PlotStyle.styleLegend(legend);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setVerticalAlignment(VerticalAlignment.TOP);
        legend.setMargin(new RectangleInsets(40, 8, 0, 0));
        chart.addSubtitle(legend);
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
