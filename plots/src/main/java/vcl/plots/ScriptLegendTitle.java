package vcl.plots;

import java.awt.Color;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.block.Block;
import org.jfree.chart.block.BorderArrangement;
import org.jfree.chart.title.LegendGraphic;
import org.jfree.chart.title.LegendItemBlockContainer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/** A legend whose item labels are in label syntax and drawn with true sub- and superscripts. */
final class ScriptLegendTitle extends LegendTitle {

    ScriptLegendTitle(LegendItemSource source) {
        super(source);
    }

    @Override
    protected Block createLegendItemBlock(LegendItem item) {
        LegendGraphic graphic = new LegendGraphic(item.getShape(), item.getFillPaint());
        graphic.setShapeFilled(item.isShapeFilled());
        graphic.setShapeVisible(item.isShapeVisible());
        graphic.setShapeOutlineVisible(item.isShapeOutlineVisible());
        graphic.setOutlinePaint(item.getOutlinePaint());
        graphic.setOutlineStroke(item.getOutlineStroke());
        graphic.setLine(item.getLine());
        graphic.setLineVisible(item.isLineVisible());
        graphic.setLinePaint(item.getLinePaint());
        graphic.setLineStroke(item.getLineStroke());
        graphic.setPadding(getLegendItemGraphicPadding());
        LegendItemBlockContainer block = new LegendItemBlockContainer(new BorderArrangement(), item.getDataset(),
                item.getSeriesKey());
        block.add(graphic, RectangleEdge.LEFT);
        ScriptLabelBlock label = new ScriptLabelBlock(item.getLabel(), getItemFont(),
                getItemPaint() != null ? getItemPaint() : Color.BLACK);
        label.setPadding(getItemLabelPadding());
        block.add(label);
        return block;
    }
}
