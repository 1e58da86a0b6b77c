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
 * Text in label syntax whose left end, vertically centred, sits at a data point; with
 * {@code atTop} the text instead hangs from the top of the plot area just right of {@code x}
 * (the label of a vertical marker).
 */
final class ScriptTextAnnotation extends AbstractXYAnnotation {

    private static final double GAP = 8;

    private final double x;
    private final double y;
    private final boolean atTop;
    private final String text;
    private final Font font;

    ScriptTextAnnotation(double x, double y, boolean atTop, String text, Font font) {
        this.x = x;
        this.y = y;
        this.atTop = atTop;
        this.text = text;
        this.font = font;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        double px = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
        ScriptText.Size size = ScriptText.measure(g2, text, font);
        double baseline;
        if (atTop) {
            px += GAP;
            baseline = dataArea.getMinY() + GAP + size.ascent();
        } else {
            double py = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
            baseline = py - size.height() / 2 + size.ascent();
        }
        g2.setPaint(Color.BLACK);
        ScriptText.draw(g2, text, font, px, baseline);
    }
}
