package vcl.plots;

import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;

/**
 * Creates styled JFreeChart axes from {@link AxisSpec}s. A bound the spec leaves open is the data
 * extent plus a margin of 4% of the span (of the span in decades on a log axis), so nothing sits
 * on the frame.
 */
final class AxisFactory {

    private static final double MARGIN = 0.04;

    private AxisFactory() {
    }

    static ValueAxis domainAxis(AxisSpec spec, List<Series> series, List<VerticalMarker> markers) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double v : s.x()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        for (VerticalMarker m : markers) {
            lo = Math.min(lo, m.x());
            hi = Math.max(hi, m.x());
        }
        return create(spec, lo, hi);
    }

    static ValueAxis rangeAxis(AxisSpec spec, List<Series> series) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            double[] e = s.yExtent();
            double low = e[0];
            if (spec.isLog() && s instanceof PointSeries p) {
                low = positiveLow(p);
            }
            lo = Math.min(lo, low);
            hi = Math.max(hi, e[1]);
        }
        return create(spec, lo, hi);
    }

    /** On a log axis, error bars reaching zero or below are cut at a tenth of their mean. */
    static double[] clippedLower(PointSeries p, boolean log) {
        double[] lower = p.lower();
        if (log) {
            double[] y = p.y();
            for (int i = 0; i < lower.length; i++) {
                if (!(lower[i] > 0)) {
                    lower[i] = y[i] / 10;
                }
            }
        }
        return lower;
    }

    private static double positiveLow(PointSeries p) {
        double lo = Double.POSITIVE_INFINITY;
        for (double v : clippedLower(p, true)) {
            lo = Math.min(lo, v);
        }
        return lo;
    }

    private static ValueAxis create(AxisSpec spec, double dataLo, double dataHi) {
        double[] range = spec.isLog() ? logRange(spec, dataLo, dataHi) : linearRange(spec, dataLo, dataHi);
        if (!(range[0] < range[1])) {
            throw new IllegalArgumentException("axis '" + spec.label() + "': the range [" + range[0] + ", "
                    + range[1] + "] left by the explicit bound and the data is empty");
        }
        ValueAxis axis;
        if (spec.isLog()) {
            LogAxis log = new MinorTickLogAxis();
            log.setSmallestValue(Math.min(1e-300, range[0]));
            double decades = Math.log10(range[1] / range[0]);
            if (decades >= 1) {
                log.setTickUnit(TickFormats.decadeUnit((int) Math.max(1, Math.ceil(decades / 7))));
            } else {
                log.setNumberFormatOverride(TickFormats.format(3));
            }
            axis = log;
        } else if (!spec.categories().isEmpty()) {
            SymbolAxis symbols = new SymbolAxis(null, spec.categories().toArray(new String[0]));
            symbols.setGridBandsVisible(false);
            axis = symbols;
        } else {
            NumberAxis lin = new NumberAxis();
            lin.setAutoRangeIncludesZero(false);
            lin.setStandardTickUnits(TickFormats.standardUnits());
            if (spec.tickStep() != null) {
                lin.setTickUnit(TickFormats.unit(spec.tickStep()));
            }
            lin.setMinorTickCount(2);
            axis = lin;
        }
        PlotStyle.styleAxis(axis, spec.label());
        axis.setAutoRange(false);
        axis.setRange(range[0], range[1]);
        return axis;
    }

    private static double[] linearRange(AxisSpec spec, double lo, double hi) {
        double span = hi - lo;
        double pad = span > 0 ? span * MARGIN : Math.max(Math.abs(lo) * 0.1, 0.5);
        double min = spec.min() != null ? spec.min() : lo - pad;
        double max = spec.max() != null ? spec.max() : hi + pad;
        return new double[] {min, max};
    }

    private static double[] logRange(AxisSpec spec, double lo, double hi) {
        double decades = Math.log10(hi / lo);
        double factor = Math.pow(10, decades > 0 ? decades * MARGIN : 0.5);
        double min = spec.min() != null ? spec.min() : lo / factor;
        double max = spec.max() != null ? spec.max() : hi * factor;
        return new double[] {min, max};
    }
}
