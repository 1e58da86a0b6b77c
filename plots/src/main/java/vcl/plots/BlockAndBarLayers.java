package vcl.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The heat maps and bar series of a panel, as extra datasets of its plot (indices 4 to 6, drawn
 * after the bands, lines and points): cells coloured by {@link HeatMapSeries#colorOf} with their
 * values written in them and a colour bar beside the plot; bars with black error bars.
 */
final class BlockAndBarLayers {

    private static final int HEAT_DATASET = 4;
    private static final int BAR_DATASET = 5;
    private static final int BAR_ERROR_DATASET = 6;

    private final XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
    private final YIntervalSeriesCollection barErrors = new YIntervalSeriesCollection();
    private final XYBarRenderer barRenderer = new XYBarRenderer();
    private final XYErrorRenderer barErrorRenderer = new XYErrorRenderer();
    private HeatMapSeries heat;

    BlockAndBarLayers() {
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(true);
        barRenderer.setDefaultOutlinePaint(Color.BLACK);
        barRenderer.setDefaultOutlineStroke(new BasicStroke(1.2f));
        barRenderer.setUseYInterval(false);
        barErrorRenderer.setDrawXError(false);
        barErrorRenderer.setDrawYError(true);
        barErrorRenderer.setCapLength(PlotStyle.CAP_LENGTH * 1.5);
        barErrorRenderer.setErrorStroke(new BasicStroke(PlotStyle.ERROR_WIDTH));
        barErrorRenderer.setErrorPaint(Color.BLACK);
        barErrorRenderer.setDefaultShapesVisible(false);
        barErrorRenderer.setDefaultLinesVisible(false);
        barErrorRenderer.setDefaultSeriesVisibleInLegend(false);
    }

    /** Adds a heat map (one per panel: the colour bar shows its scale). */
    void addHeatMap(HeatMapSeries h) {
        if (heat != null) {
            throw new IllegalArgumentException("panel: one heat map per panel (its colour bar shows one scale)");
        }
        heat = h;
    }

    /** Adds a bar series; returns its legend entry (null for a nameless series). */
    Supplier<LegendItem> addBars(Comparable<?> key, BarSeries b, Color color) {
        XYIntervalSeries series = new XYIntervalSeries(key, false, true);
        double[] x = b.centres();
        double[] y = b.y();
        double half = b.width() / 2;
        for (int i = 0; i < x.length; i++) {
            series.add(x[i], x[i] - half, x[i] + half, y[i], Math.min(0, y[i]), Math.max(0, y[i]));
        }
        int index = bars.getSeriesCount();
        bars.addSeries(series);
        barRenderer.setSeriesPaint(index, color);
        if (b.hasErrors()) {
            YIntervalSeries err = new YIntervalSeries(key, false, true);
            double[] e = b.yError();
            for (int i = 0; i < x.length; i++) {
                err.add(x[i], y[i], y[i] - e[i], y[i] + e[i]);
            }
            barErrors.addSeries(err);
        }
        String text = b.name();
        return text.isEmpty() ? null : () -> new LegendItem(text, null, null, null,
                new Rectangle2D.Double(-16, -9, 32, 18), color, new BasicStroke(1.2f), Color.BLACK);
    }

    /** Puts the datasets (and the heat map's printed values) into {@code plot}. */
    void install(XYPlot plot) {
        if (bars.getSeriesCount() > 0) {
            plot.setDataset(BAR_DATASET, bars);
            plot.setRenderer(BAR_DATASET, barRenderer);
            plot.setDataset(BAR_ERROR_DATASET, barErrors);
            plot.setRenderer(BAR_ERROR_DATASET, barErrorRenderer);
        }
        if (heat != null) {
            DefaultXYZDataset cells = new DefaultXYZDataset();
            double[] x = heat.centreX();
            double[] y = heat.y();
            double[] z = heat.z();
            List<Integer> shown = new ArrayList<>();
            for (int i = 0; i < z.length; i++) {
                if (!Double.isNaN(z[i])) {
                    shown.add(i);
                }
            }
            double[][] data = new double[3][shown.size()];
            for (int k = 0; k < shown.size(); k++) {
                int i = shown.get(k);
                data[0][k] = x[i];
                data[1][k] = y[i];
                data[2][k] = z[i];
                if (!heat.valueFormat().isEmpty()) {
                    XYTextAnnotation value = new XYTextAnnotation(String.format(java.util.Locale.ROOT,
                            heat.valueFormat(), z[i]), x[i], y[i]);
                    value.setFont(Fonts.plain(PlotStyle.NOTE_FONT));
                    value.setTextAnchor(TextAnchor.CENTER);
                    value.setPaint(darkness(heat.colorOf(z[i])) > 0.45 ? Color.WHITE : Color.BLACK);
                    plot.addAnnotation(value);
                }
            }
            cells.addSeries("cells", data);
            XYBlockRenderer renderer = new XYBlockRenderer();
            renderer.setBlockWidth(heat.cellWidth());
            renderer.setBlockHeight(heat.cellHeight());
            renderer.setPaintScale(scale(heat));
            plot.setDataset(HEAT_DATASET, cells);
            plot.setRenderer(HEAT_DATASET, renderer);
        }
    }

    /** The colour bar of the heat map, if any, beside the plot. */
    void addColourBar(JFreeChart chart) {
        if (heat == null) {
            return;
        }
        NumberAxis axis = new NumberAxis();
        PlotStyle.styleAxis(axis, heat.name());
        axis.setRange(heat.zMin(), heat.zMax());
        axis.setStandardTickUnits(TickFormats.standardUnits());
        PaintScaleLegend bar = new PaintScaleLegend(scale(heat), axis);
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setStripWidth(24);
        bar.setAxisOffset(4);
        bar.setMargin(new RectangleInsets(20, 12, 20, 4));
        bar.setStripOutlineVisible(true);
        bar.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(bar);
    }

    private static PaintScale scale(HeatMapSeries h) {
        return new PaintScale() {
            @Override
            public double getLowerBound() {
                return h.zMin();
            }

            @Override
            public double getUpperBound() {
                return h.zMax();
            }

            @Override
            public Paint getPaint(double value) {
                return h.colorOf(value);
            }
        };
    }

    private static double darkness(Color c) {
        return 1 - (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255;
    }
}
