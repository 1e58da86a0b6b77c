package vcl.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One plot panel: two axes, the series drawn on them (bands underneath, then lines, then points,
 * each kind in list order), optional vertical markers and text notes, and the legend position.
 *
 * @param tag     panel tag such as {@code "(a)"}, empty for none
 * @param xAxis   horizontal axis
 * @param yAxis   vertical axis
 * @param series  the data; at least one series
 * @param markers vertical marker lines
 * @param notes   text annotations
 * @param legend  legend position inside the plot area
 * @param captions lines of text under the plot area saying what the drawing means (what a band or
 *                an error bar is, which lines are metastable, where theory and simulation disagree)
 */
public record PanelSpec(String tag, AxisSpec xAxis, AxisSpec yAxis, List<Series> series,
        List<VerticalMarker> markers, List<TextNote> notes, LegendPosition legend, List<String> captions) {

    /** A panel without captions. */
    public PanelSpec(String tag, AxisSpec xAxis, AxisSpec yAxis, List<Series> series, List<VerticalMarker> markers,
            List<TextNote> notes, LegendPosition legend) {
        this(tag, xAxis, yAxis, series, markers, notes, legend, List.of());
    }

    public PanelSpec {
        tag = tag == null ? "" : tag;
        String owner = tag.isEmpty() ? "panel" : "panel " + tag;
        Objects.requireNonNull(xAxis, () -> owner + ": xAxis must not be null");
        Objects.requireNonNull(yAxis, () -> owner + ": yAxis must not be null");
        Objects.requireNonNull(legend, () -> owner + ": legend must not be null");
        series = List.copyOf(Objects.requireNonNull(series, () -> owner + ": series must not be null"));
        markers = markers == null ? List.of() : List.copyOf(markers);
        notes = notes == null ? List.of() : List.copyOf(notes);
        captions = captions == null ? List.of() : List.copyOf(captions);
        if (series.isEmpty()) {
            throw new IllegalArgumentException(owner + ": needs at least one series");
        }
        for (Series s : series) {
            String where = owner + ", " + kind(s);
            if (xAxis.isLog()) {
                Checks.positive(where, "x", s.x());
            }
            if (yAxis.isLog()) {
                checkPositiveY(where, s);
            }
        }
        for (VerticalMarker m : markers) {
            if (xAxis.isLog() && !(m.x() > 0)) {
                throw new IllegalArgumentException(owner + ": vertical marker at x = " + m.x()
                        + " is not positive, which a logarithmic axis cannot show");
            }
        }
        for (TextNote n : notes) {
            if ((xAxis.isLog() && !(n.x() > 0)) || (yAxis.isLog() && !(n.y() > 0))) {
                throw new IllegalArgumentException(owner + ": text note '" + n.text() + "' at (" + n.x() + ", "
                        + n.y() + ") lies at a non-positive value on a logarithmic axis");
            }
        }
    }

    private static String kind(Series s) {
        if (s instanceof LineSeries) {
            return Checks.describe("line series", s.name());
        }
        if (s instanceof PointSeries) {
            return Checks.describe("point series", s.name());
        }
        if (s instanceof BarSeries) {
            return Checks.describe("bar series", s.name());
        }
        if (s instanceof HeatMapSeries) {
            return Checks.describe("heat map", s.name());
        }
        return Checks.describe("band", s.name());
    }

    /** Means and band edges must be positive on a log axis; error bars reaching zero are clipped. */
    private static void checkPositiveY(String where, Series s) {
        if (s instanceof LineSeries l) {
            Checks.positive(where, "y", l.y());
        } else if (s instanceof PointSeries p) {
            Checks.positive(where, "y", p.y());
        } else if (s instanceof BandSeries b) {
            Checks.positive(where, "lower", b.lower());
        } else {
            double[] extent = s.yExtent();
            Checks.positive(where, "y", new double[] {extent[0]});
        }
    }

    /** A panel with the given axes and series, the legend in the corner that hides the least data. */
    public static PanelSpec of(AxisSpec xAxis, AxisSpec yAxis, Series... series) {
        return new PanelSpec("", xAxis, yAxis, List.of(series), List.of(), List.of(), LegendPosition.AUTO);
    }

    public PanelSpec withTag(String newTag) {
        return new PanelSpec(newTag, xAxis, yAxis, series, markers, notes, legend, captions);
    }

    public PanelSpec withLegend(LegendPosition newLegend) {
        return new PanelSpec(tag, xAxis, yAxis, series, markers, notes, newLegend, captions);
    }

    /** The same panel with one more series (drawn after those of the same kind). */
    public PanelSpec plus(Series extra) {
        List<Series> all = new ArrayList<>(series);
        all.add(extra);
        return new PanelSpec(tag, xAxis, yAxis, all, markers, notes, legend, captions);
    }

    public PanelSpec withMarker(double x, String label) {
        List<VerticalMarker> all = new ArrayList<>(markers);
        all.add(new VerticalMarker(x, label));
        return new PanelSpec(tag, xAxis, yAxis, series, all, notes, legend, captions);
    }

    public PanelSpec withNote(double x, double y, String text) {
        List<TextNote> all = new ArrayList<>(notes);
        all.add(new TextNote(x, y, text));
        return new PanelSpec(tag, xAxis, yAxis, series, markers, all, legend, captions);
    }

    /** The same panel with one more caption line under the plot area (label syntax, printed as plain text). */
    public PanelSpec withCaption(String line) {
        List<String> all = new ArrayList<>(captions);
        all.add(Objects.requireNonNull(line, "caption must not be null"));
        return new PanelSpec(tag, xAxis, yAxis, series, markers, notes, legend, all);
    }
}
