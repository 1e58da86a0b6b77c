package vcl.experiments.figures;

import java.util.List;
import vcl.experiments.io.DataTable;
import vcl.plots.BandSeries;
import vcl.plots.BarSeries;
import vcl.plots.HeatMapSeries;
import vcl.plots.LineSeries;
import vcl.plots.PointSeries;

/**
 * Every number a figure plots, recorded as its series are made: one row per plotted point in the
 * long format {@code panel,series,kind,x,y,y_err,y_low,y_high} (empty cells where a kind has no such
 * value; kinds line, points, band, bar, and cell for a matrix cell: row in the series name, column in x), so the CSV beside a figure holds exactly what is drawn.
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

    /** Bars with error bars (mean ± error; null for none), {@code width} wide, at the category positions {@code x}. */
    public BarSeries bars(String panel, String name, double[] x, double[] mean, double[] error, double width) {
        record(panel, name, "bar", x, mean, error, null, null);
        return BarSeries.of(name, x, mean, error, width);
    }

    /**
     * A matrix as a heat map (cell (i, j) at x = j + 1, y = i + 1, values printed), recorded one row
     * per cell: series {@code "<name>, row i"}, kind {@code cell}, x = j + 1, y = the value.
     */
    public HeatMapSeries heatMap(String panel, String name, double[][] m, double zMin, double zMax,
            java.awt.Color color) {
        for (int i = 0; i < m.length; i++) {
            double[] x = new double[m[i].length];
            for (int j = 0; j < x.length; j++) {
                x[j] = j + 1;
            }
            record(panel, name + ", row " + (i + 1), "cell", x, m[i], null, null, null);
        }
        return HeatMapSeries.ofMatrix(name, m, zMin, zMax, color);
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
