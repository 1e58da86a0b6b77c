package vcl.plots;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Size2D;

/**
 * Chooses where the legend goes so that it hides no data: every point, error bar end and band edge,
 * and lines sampled along their segments, is mapped to the unit square and the samples under the
 * legend's box (with a small margin) are counted. The first corner whose box covers nothing wins, in the order top
 * right, top left, bottom right, bottom left; when every corner covers data the legend goes beside
 * the plot area, under it ({@link LegendPosition#OUTSIDE_BOTTOM}). The same samples decide at which end of a
 * vertical marker its label goes.
 */
final class LegendPlacer {

    private static final LegendPosition[] CORNERS = {LegendPosition.TOP_RIGHT, LegendPosition.TOP_LEFT,
        LegendPosition.BOTTOM_RIGHT, LegendPosition.BOTTOM_LEFT};
    /** Space the axes, their labels and the panel tag take from a panel, in points. */
    private static final double AXES_WIDTH = 150;
    private static final double AXES_HEIGHT = 150;
    private static final int SEGMENT_SAMPLES = 12;
    private static final double POINT_WEIGHT = 4;
    /** Clearance kept between the legend box and data, as a fraction of the plot area. */
    private static final double MARGIN = 0.02;
    /** Least room a marker label takes beside its line, and its height, as fractions of the plot area. */
    private static final double LABEL_WIDTH = 0.1;
    private static final double LABEL_HEIGHT = 0.12;
    /** Marker label heights meaning "hanging from the top" and "standing on the bottom". */
    static final double LABEL_TOP = 1;
    static final double LABEL_BOTTOM = 0;
    /** What a legend beside a marker counts against a label there: more than any data. */
    private static final double LEGEND_BLOCK = 1e6;

    private LegendPlacer() {
    }

    static LegendPosition choose(PanelSpec spec, ValueAxis xAxis, ValueAxis yAxis, LegendTitle legend,
            double panelWidth, double panelHeight) {
        double[] box = boxSize(legend, panelWidth, panelHeight);
        List<double[]> samples = samples(spec, xAxis, yAxis);
        for (LegendPosition corner : CORNERS) {
            if (cost(samples, corner, Math.min(1, box[0] + MARGIN), Math.min(1, box[1] + MARGIN)) == 0) {
                return corner;
            }
        }
        return LegendPosition.OUTSIDE_BOTTOM;
    }

    /** Width and height of the legend inside the plot area, as fractions of the plot area. */
    static double[] boxSize(LegendTitle legend, double panelWidth, double panelHeight) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        Size2D size;
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            size = legend.arrange(g, RectangleConstraint.NONE);
        } finally {
            g.dispose();
        }
        return new double[] {Math.min(1, size.getWidth() / Math.max(1, panelWidth - AXES_WIDTH)),
            Math.min(1, size.getHeight() / Math.max(1, panelHeight - AXES_HEIGHT))};
    }

    /**
     * Where the label of a vertical marker at {@code x} goes, as the height of its band's centre in
     * the plot area (0 bottom, 1 top): the first of top, bottom, 3/4, 1/2, 1/4 whose band beside the
     * line holds no data and no legend ({@code legend}, a corner, with its {@code box} size; null for
     * none), else the one with the fewest data samples. {@link #LABEL_TOP} and {@link #LABEL_BOTTOM}
     * mean the label hangs from the top or stands on the bottom.
     */
    static double markerLabelHeight(PanelSpec spec, ValueAxis xAxis, ValueAxis yAxis, VerticalMarker marker,
            LegendPosition legend, double[] box, double panelWidth) {
        double u = new Normalizer(xAxis, spec.xAxis().isLog()).apply(marker.x());
        // the label's width: about 0.55 em a character, as a fraction of the plot area
        double labelWidth = Math.max(LABEL_WIDTH, 0.55 * PlotStyle.NOTE_FONT
                * LabelParser.toPlainText(marker.label()).length() / Math.max(1, panelWidth - AXES_WIDTH));
        List<double[]> samples = samples(spec, xAxis, yAxis);
        double[] candidates = {LABEL_TOP, LABEL_BOTTOM, 0.75, 0.5, 0.25};
        double best = LABEL_TOP;
        double bestCost = Double.POSITIVE_INFINITY;
        for (double c : candidates) {
            double lo = c == LABEL_TOP ? 1 - LABEL_HEIGHT : c == LABEL_BOTTOM ? 0 : c - LABEL_HEIGHT / 2;
            double hi = lo + LABEL_HEIGHT;
            double cost = 0;
            for (double[] s : samples) {
                if (s[0] >= u - 0.02 && s[0] <= u + labelWidth && s[1] >= lo && s[1] <= hi) {
                    cost += s[2];
                }
            }
            if (box != null && java.util.Arrays.asList(CORNERS).contains(legend)) {
                boolean right = legend == LegendPosition.TOP_RIGHT || legend == LegendPosition.BOTTOM_RIGHT;
                boolean top = legend == LegendPosition.TOP_RIGHT || legend == LegendPosition.TOP_LEFT;
                double u0 = right ? 1 - box[0] - MARGIN : 0;
                double u1 = right ? 1 : box[0] + MARGIN;
                double v0 = top ? 1 - box[1] - MARGIN : 0;
                double v1 = top ? 1 : box[1] + MARGIN;
                if (u + labelWidth >= u0 && u - 0.02 <= u1 && hi >= v0 && lo <= v1) {
                    cost += LEGEND_BLOCK;
                }
            }
            if (cost == 0) {
                return c;
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }

    private static double cost(List<double[]> samples, LegendPosition corner, double w, double h) {
        boolean right = corner == LegendPosition.TOP_RIGHT || corner == LegendPosition.BOTTOM_RIGHT;
        boolean top = corner == LegendPosition.TOP_RIGHT || corner == LegendPosition.TOP_LEFT;
        double u0 = right ? 1 - w : 0;
        double v0 = top ? 1 - h : 0;
        double cost = 0;
        for (double[] s : samples) {
            if (s[0] >= u0 && s[0] <= u0 + w && s[1] >= v0 && s[1] <= v0 + h) {
                cost += s[2];
            }
        }
        return cost;
    }

    /** Samples as (u, v, weight) in the unit square of the plot area. */
    private static List<double[]> samples(PanelSpec spec, ValueAxis xAxis, ValueAxis yAxis) {
        List<double[]> out = new ArrayList<>();
        Normalizer nx = new Normalizer(xAxis, spec.xAxis().isLog());
        Normalizer ny = new Normalizer(yAxis, spec.yAxis().isLog());
        for (Series s : spec.series()) {
            double[] x = s.x();
            if (s instanceof LineSeries l) {
                addPath(out, nx, ny, x, l.y());
            } else if (s instanceof BandSeries b) {
                addPath(out, nx, ny, x, b.lower());
                addPath(out, nx, ny, x, b.upper());
            } else if (s instanceof PointSeries p) {
                double[][] ys = {p.y(), p.lower(), p.upper()};
                for (double[] y : ys) {
                    for (int i = 0; i < x.length; i++) {
                        out.add(new double[] {nx.apply(x[i]), ny.apply(y[i]), POINT_WEIGHT});
                    }
                }
                if (p.connect()) {
                    addPath(out, nx, ny, x, p.y());
                }
            } else if (s instanceof BarSeries b) {
                double[] c = b.centres();
                double[] y = b.y();
                for (int i = 0; i < c.length; i++) {
                    for (int k = 0; k <= SEGMENT_SAMPLES; k++) {
                        double v = y[i] * k / SEGMENT_SAMPLES;
                        out.add(new double[] {nx.apply(c[i]), ny.apply(v), POINT_WEIGHT});
                    }
                }
            } else if (s instanceof HeatMapSeries h) {
                double[] c = h.centreX();
                double[] y = h.y();
                for (int i = 0; i < c.length; i++) {
                    out.add(new double[] {nx.apply(c[i]), ny.apply(y[i]), POINT_WEIGHT});
                }
            }
        }
        return out;
    }

    private static void addPath(List<double[]> out, Normalizer nx, Normalizer ny, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            double u = nx.apply(x[i]);
            double v = ny.apply(y[i]);
            out.add(new double[] {u, v, 1});
            if (i + 1 < x.length) {
                double u1 = nx.apply(x[i + 1]);
                double v1 = ny.apply(y[i + 1]);
                for (int k = 1; k < SEGMENT_SAMPLES; k++) {
                    double t = (double) k / SEGMENT_SAMPLES;
                    out.add(new double[] {u + t * (u1 - u), v + t * (v1 - v), 1.0 / SEGMENT_SAMPLES});
                }
            }
        }
    }

    /** Maps data values to [0, 1] across the axis range (in decades on a log axis). */
    private record Normalizer(double lo, double hi, boolean log) {
        Normalizer(ValueAxis axis, boolean log) {
            this(log ? Math.log10(axis.getLowerBound()) : axis.getLowerBound(),
                    log ? Math.log10(axis.getUpperBound()) : axis.getUpperBound(), log);
        }

        double apply(double value) {
            double v = log ? Math.log10(value) : value;
            return (v - lo) / (hi - lo);
        }
    }
}
