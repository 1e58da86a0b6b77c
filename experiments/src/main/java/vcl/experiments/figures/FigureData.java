package vcl.experiments.figures;

import java.util.List;
import vcl.experiments.io.DataTable;
import vcl.plots.BandSeries;
import vcl.plots.LineSeries;
import vcl.plots.PointSeries;

/**
 * Every number a figure plots, recorded as its series are made: one row per plotted point in the
 * long format {@code panel,series,kind,x,y,y_err,y_low,y_high} (empty cells where a kind has no such
 * value), so the CSV beside a figure holds exactly what is drawn.
 */
public final class FigureData {

    /** The CSV columns. */
    public static final List<String> COLUMNS = List.of("panel", "series", "kind", "x", "y", "y_err", "y_low", "y_high");

    private final DataTable table = new DataTable(COLUMNS);

    /** A theory line, recorded under {@code panel}. */
    public LineSeries line(String panel, String name, double[] x, double[] y) {
        record(panel, name, "line", x, y, null, null, null);
        return LineSeries.of(name, x, y);
    }

    /** Simulation points with error bars (mean ± error). */
    public PointSeries points(String panel, String name, double[] x, double[] mean, double[] error) {
        record(panel, name, "points", x, mean, error, null, null);
        return PointSeries.withErrors(name, x, mean, error);
    }

    /** Simulation points without error bars. */
    public PointSeries points(String panel, String name, double[] x, double[] y) {
        record(panel, name, "points", x, y, null, null, null);
        return PointSeries.of(name, x, y);
    }

    /** A min–max band. */
    public BandSeries band(String panel, String name, double[] x, double[] lower, double[] upper) {
        record(panel, name, "band", x, null, null, lower, upper);
        return BandSeries.of(x, lower, upper).withName("");
    }

    /** One row per x; a column without values ({@code null}) is an empty cell. */
    private void record(String panel, String name, String kind, double[] x, double[] y, double[] error,
            double[] lower, double[] upper) {
        for (int i = 0; i < x.length; i++) {
            table.add(panel, name, kind, x[i], cell(y, i), cell(error, i), cell(lower, i), cell(upper, i));
        }
    }

    private static Object cell(double[] column, int i) {
        return column == null ? "" : column[i];
    }

    public DataTable table() {
        return table;
    }
}
