package vcl.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Builds one styled JFreeChart from a {@link PanelSpec}. Four datasets are drawn in this order:
 * bands, lines, points with error bars, points without, then heat maps and bars
 * ({@link BlockAndBarLayers}); the legend lists named series in the
 * order of the spec.
 */
final class PanelChartBuilder {

    /** A series key unique within the panel; its text is the legend entry in label syntax. */
    private record Key(int index, String text) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final PanelSpec spec;
    private final XYPlot plot = new XYPlot();
    private final YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    private final XYSeriesCollection lines = new XYSeriesCollection();
    private final YIntervalSeriesCollection errorPoints = new YIntervalSeriesCollection();
    private final XYSeriesCollection plainPoints = new XYSeriesCollection();
    private final DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
    private final XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
    private final XYErrorRenderer errorRenderer = new XYErrorRenderer();
    private final XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true);
    private final BlockAndBarLayers blocksAndBars = new BlockAndBarLayers();
    private final List<Supplier<LegendItem>> legendEntries = new ArrayList<>();
    private int autoColor;
    private int autoMarker;

    private final double panelWidth;
    private final double panelHeight;

    private PanelChartBuilder(PanelSpec spec, double panelWidth, double panelHeight) {
        this.spec = spec;
        this.panelWidth = panelWidth;
        this.panelHeight = panelHeight;
    }

    /** The chart of one panel; the panel size in points guides the automatic legend placement. */
    static JFreeChart build(PanelSpec spec, double panelWidth, double panelHeight) {
        return new PanelChartBuilder(spec, panelWidth, panelHeight).build();
    }

    private JFreeChart build() {
        PlotStyle.stylePlot(plot);
        plot.setDomainAxis(AxisFactory.domainAxis(spec.xAxis(), spec.series(), spec.markers()));
        plot.setRangeAxis(AxisFactory.rangeAxis(spec.yAxis(), spec.series()));
        prepareRenderers();
        List<Series> all = spec.series();
        for (int i = 0; i < all.size(); i++) {
            Series s = all.get(i);
            Key key = new Key(i, s.name());
            Color color = s.color() != null ? s.color() : Palette.color(autoColor++);
            if (s instanceof BandSeries b) {
                addBand(key, b, color);
            } else if (s instanceof LineSeries l) {
                addLine(key, l, color);
            } else if (s instanceof PointSeries p) {
                addPoints(key, p, color);
            } else if (s instanceof BarSeries b) {
                Supplier<LegendItem> entry = blocksAndBars.addBars(key, b, color);
                if (entry != null) {
                    legendEntries.add(entry);
                }
            } else if (s instanceof HeatMapSeries h) {
                blocksAndBars.addHeatMap(h);
            }
        }
        plot.setDataset(0, bands);
        plot.setRenderer(0, bandRenderer);
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        plot.setDataset(2, errorPoints);
        plot.setRenderer(2, errorRenderer);
        plot.setDataset(3, plainPoints);
        plot.setRenderer(3, pointRenderer);
        blocksAndBars.install(plot);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        LegendPosition legendAt = PanelDecorations.resolveLegend(plot, spec, this::legendItems, panelWidth,
                panelHeight);
        PanelDecorations.addMarkersAndNotes(plot, spec, legendAt, this::legendItems, panelWidth, panelHeight);
        PanelDecorations.addLegend(plot, legendAt, this::legendItems);
        JFreeChart chart = new JFreeChart(null, Fonts.bold(PlotStyle.TAG_FONT), plot, false);
        PlotStyle.styleChart(chart);
        blocksAndBars.addColourBar(chart);
        PanelDecorations.addCaptions(chart, spec.captions());
        PanelDecorations.addOutsideLegend(chart, legendAt, this::legendItems);
        PanelDecorations.addTag(chart, spec.tag());
        return chart;
    }

    private void prepareRenderers() {
        Line2D legendLine = new Line2D.Double(-24, 0, 24, 0);
        bandRenderer.setAlpha((float) PlotStyle.BAND_ALPHA);
        lineRenderer.setDrawSeriesLineAsPath(true);
        lineRenderer.setLegendLine(legendLine);
        errorRenderer.setDrawXError(false);
        errorRenderer.setDrawYError(true);
        errorRenderer.setCapLength(PlotStyle.CAP_LENGTH);
        errorRenderer.setErrorStroke(new BasicStroke(PlotStyle.ERROR_WIDTH));
        errorRenderer.setDrawSeriesLineAsPath(true);
        errorRenderer.setLegendLine(legendLine);
        pointRenderer.setDrawSeriesLineAsPath(true);
        pointRenderer.setLegendLine(legendLine);
        for (XYLineAndShapeRenderer r : List.of(errorRenderer, pointRenderer)) {
            r.setUseOutlinePaint(true);
            r.setDefaultOutlinePaint(Color.WHITE);
            r.setDefaultOutlineStroke(new BasicStroke(1.2f));
            r.setDrawOutlines(true);
        }
    }

    private void addBand(Key key, BandSeries b, Color color) {
        YIntervalSeries series = new YIntervalSeries(key, false, true);
        double[] x = b.x();
        double[] lo = b.lower();
        double[] hi = b.upper();
        for (int i = 0; i < x.length; i++) {
            series.add(x[i], 0.5 * (lo[i] + hi[i]), lo[i], hi[i]);
        }
        int index = bands.getSeriesCount();
        bands.addSeries(series);
        bandRenderer.setSeriesPaint(index, color);
        bandRenderer.setSeriesFillPaint(index, color);
        if (!key.text().isEmpty()) {
            Color fill = Palette.withAlpha(color, PlotStyle.BAND_ALPHA * 1.5);
            legendEntries.add(() -> new LegendItem(key.text(), null, null, null,
                    new Rectangle2D.Double(-24, -9, 48, 18), fill));
        }
    }

    private void addLine(Key key, LineSeries l, Color color) {
        XYSeries series = new XYSeries(key, false, true);
        double[] x = l.x();
        double[] y = l.y();
        for (int i = 0; i < x.length; i++) {
            series.add(x[i], y[i]);
        }
        int index = lines.getSeriesCount();
        lines.addSeries(series);
        lineRenderer.setSeriesPaint(index, color);
        lineRenderer.setSeriesStroke(index, PlotStyle.stroke(PlotStyle.LINE_WIDTH, l.style()));
        legend(key, () -> lineRenderer.getLegendItem(1, index));
    }

    private void addPoints(Key key, PointSeries p, Color color) {
        MarkerShape marker = p.marker() == MarkerShape.AUTO ? Palette.marker(autoMarker++) : p.marker();
        double[] x = p.x();
        double[] y = p.y();
        XYLineAndShapeRenderer renderer;
        int index;
        int datasetIndex;
        if (p.hasErrors()) {
            YIntervalSeries series = new YIntervalSeries(key, false, true);
            double[] lo = AxisFactory.clippedLower(p, spec.yAxis().isLog());
            double[] hi = p.upper();
            for (int i = 0; i < x.length; i++) {
                series.add(x[i], y[i], lo[i], hi[i]);
            }
            index = errorPoints.getSeriesCount();
            errorPoints.addSeries(series);
            renderer = errorRenderer;
            datasetIndex = 2;
        } else {
            XYSeries series = new XYSeries(key, false, true);
            for (int i = 0; i < x.length; i++) {
                series.add(x[i], y[i]);
            }
            index = plainPoints.getSeriesCount();
            plainPoints.addSeries(series);
            renderer = pointRenderer;
            datasetIndex = 3;
        }
        renderer.setSeriesPaint(index, color);
        renderer.setSeriesShape(index, Palette.shape(marker, PlotStyle.MARKER_RADIUS));
        renderer.setSeriesShapesVisible(index, true);
        renderer.setSeriesShapesFilled(index, true);
        renderer.setSeriesLinesVisible(index, p.connect());
        renderer.setSeriesStroke(index, PlotStyle.stroke(PlotStyle.POINT_LINE_WIDTH, LineStyle.SOLID));
        XYLineAndShapeRenderer r = renderer;
        legend(key, () -> r.getLegendItem(datasetIndex, index));
    }

    private void legend(Key key, Supplier<LegendItem> item) {
        if (!key.text().isEmpty()) {
            legendEntries.add(item);
        }
    }

    private LegendItemCollection legendItems() {
        LegendItemCollection items = new LegendItemCollection();
        for (Supplier<LegendItem> entry : legendEntries) {
            LegendItem item = entry.get();
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }
}
