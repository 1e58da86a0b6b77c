package vcl.plots;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A log axis whose minor ticks are drawn. JFreeChart 1.5 skips the tick mark of every log tick
 * that has no label, which is every minor tick; giving them a blank label brings the marks back.
 */
final class MinorTickLogAxis extends LogAxis {

    private static final long serialVersionUID = 1L;

    @Override
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return withBlankMinorLabels(super.refreshTicksHorizontal(g2, dataArea, edge));
    }

    @Override
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return withBlankMinorLabels(super.refreshTicksVertical(g2, dataArea, edge));
    }

    private static List<Object> withBlankMinorLabels(List<?> ticks) {
        List<Object> out = new ArrayList<>(ticks.size());
        for (Object t : ticks) {
            if (t instanceof LogTick tick && tick.getTickType() == TickType.MINOR && tick.getAttributedLabel() == null) {
                out.add(new LogTick(TickType.MINOR, tick.getValue(), new AttributedString(" "), tick.getTextAnchor()));
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
