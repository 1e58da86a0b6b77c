package vcl.plots;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Text in label syntax whose left end, vertically centred, sits at a data point ({@link Anchor#DATA});
 * or the label of a vertical marker, just right of {@code x}, hanging from the top of the plot area
 * ({@link Anchor#TOP}), standing on its bottom ({@link Anchor#BOTTOM}), or centred at the fraction
 * {@code y} of the plot area's height ({@link Anchor#SIDE}, 0 bottom, 1 top).
 */
final class ScriptTextAnnotation extends AbstractXYAnnotation {

    /** Where the text sits. */
    enum Anchor {
        DATA, TOP, BOTTOM, SIDE
    }

    private static final double GAP = 8;

    private final double x;
    private final double y;
    private final Anchor anchor;
    private final String text;
    private final Font font;

    ScriptTextAnnotation(double x, double y, Anchor anchor, String text, Font font) {
        this.x = x;
        this.y = y;
        this.anchor = anchor;
        this.text = text;
        this.font = font;
    }

    /** Where the text sits (for tests of the layout). */
    Anchor anchor() {
        return anchor;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        double px = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
        ScriptText.Size size = ScriptText.measure(g2, text, font);
        double baseline;
        if (anchor == Anchor.TOP) {
            px += GAP;
            baseline = dataArea.getMinY() + GAP + size.ascent();
        } else if (anchor == Anchor.BOTTOM) {
            px += GAP;
            baseline = dataArea.getMaxY() - GAP - (size.height() - size.ascent());
        } else if (anchor == Anchor.SIDE) {
            px += GAP;
            double py = dataArea.getMaxY() - y * dataArea.getHeight();
            baseline = py - size.height() / 2 + size.ascent();
        } else {
            double py = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
            baseline = py - size.height() / 2 + size.ascent();
        }
        g2.setPaint(Color.BLACK);
        ScriptText.draw(g2, text, font, px, baseline);
    }
}
