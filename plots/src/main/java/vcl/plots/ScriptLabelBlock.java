package vcl.plots;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.block.AbstractBlock;
import org.jfree.chart.block.Block;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.ui.Size2D;

/** A JFreeChart block showing one line of label syntax with true sub- and superscripts. */
final class ScriptLabelBlock extends AbstractBlock implements Block {

    private final String label;
    private final Font font;
    private final transient Paint paint;

    ScriptLabelBlock(String label, Font font, Paint paint) {
        this.label = label;
        this.font = font;
        this.paint = paint;
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        ScriptText.Size size = ScriptText.measure(g2, label, font);
        double w = calculateTotalWidth(size.width());
        double h = calculateTotalHeight(size.height());
        return new Size2D(w, h);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        draw(g2, area, null);
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        Rectangle2D inner = trimPadding(trimBorder(trimMargin((Rectangle2D) area.clone())));
        ScriptText.Size size = ScriptText.measure(g2, label, font);
        double baseline = inner.getCenterY() - size.height() / 2 + size.ascent();
        Paint saved = g2.getPaint();
        g2.setPaint(paint);
        ScriptText.draw(g2, label, font, inner.getX(), baseline);
        g2.setPaint(saved);
        return null;
    }
}
