package vcl.plots;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.annotations.XYTextAnnotation;
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
import org.jfree.chart.ui.TextAnchor;
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
            if (!m.label().isEmpty()) {
                marker.setLabel(LabelParser.toPlainText(m.label()));
                marker.setLabelFont(Fonts.plain(PlotStyle.NOTE_FONT));
                marker.setLabelPaint(Color.BLACK);
                marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
                marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                marker.setLabelOffset(new RectangleInsets(12, 8, 0, 0));
            }
            plot.addDomainMarker(marker, Layer.BACKGROUND);
        }
        for (TextNote n : spec.notes()) {
            XYTextAnnotation note = new XYTextAnnotation(LabelParser.toPlainText(n.text()), n.x(), n.y());
            note.setFont(Fonts.plain(PlotStyle.NOTE_FONT));
            note.setPaint(Color.BLACK);
            note.setTextAnchor(TextAnchor.HALF_ASCENT_LEFT);
            plot.addAnnotation(note);
        }
    }

    static void addLegend(XYPlot plot, LegendPosition position, LegendItemSource source, boolean empty) {
        if (position == LegendPosition.NONE || empty) {
            return;
        }
        LegendTitle legend = new LegendTitle(source);
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
