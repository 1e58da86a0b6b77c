package vcl.plots;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;

/** Draws a whole {@link FigureSpec} (title and panel grid) onto any Graphics2D, in points. */
public final class FigureRenderer {

    private FigureRenderer() {
    }

    /** The panel charts of {@code figure}, in order; useful to adjust a chart before drawing. */
    public static List<JFreeChart> charts(FigureSpec figure) {
        return figure.panels().stream()
                .map(p -> PanelChartBuilder.build(p, figure.panelWidth(), figure.panelHeight())).toList();
    }

    /** Draws the figure into the rectangle {@code (0, 0, figure.width(), figure.height())}. */
    public static void draw(FigureSpec figure, Graphics2D g) {
        List<JFreeChart> charts = charts(figure);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setPaint(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, figure.width(), figure.height()));
        double top = figure.titleHeight();
        if (top > 0) {
            TextTitle title = new TextTitle(LabelParser.toPlainText(figure.title()), Fonts.plain(PlotStyle.TITLE_FONT),
                    Color.BLACK, RectangleEdge.TOP, HorizontalAlignment.CENTER, VerticalAlignment.CENTER,
                    new RectangleInsets(4, 4, 4, 4));
            // TextTitle lays out its text in arrange(); draw() alone paints nothing
            title.arrange(g, new org.jfree.chart.block.RectangleConstraint(figure.width(), null,
                    org.jfree.chart.block.LengthConstraintType.FIXED, 0.0, null,
                    org.jfree.chart.block.LengthConstraintType.NONE));
            title.draw(g, new Rectangle2D.Double(0, 0, figure.width(), top));
        }
        for (int i = 0; i < charts.size(); i++) {
            int row = i / figure.columns();
            int col = i % figure.columns();
            Rectangle2D area = new Rectangle2D.Double(col * figure.panelWidth(), top + row * figure.panelHeight(),
                    figure.panelWidth(), figure.panelHeight());
            charts.get(i).draw(g, area);
        }
    }
}
