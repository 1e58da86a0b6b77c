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
        for (int i = 0; i < x.length; i++) {
            table.add(panel, name, "line", x[i], y[i], "", "", "");
        }
        return LineSeries.of(name, x, y);
    }

    /** Simulation points with error bars (mean ± error). */
    public PointSeries points(String panel, String name, double[] x, double[] mean, double[] error) {
        for (int i = 0; i < x.length; i++) {
            table.add(panel, name, "points", x[i], mean[i], error[i], "", "");
        }
        return PointSeries.withErrors(name, x, mean, error);
    }

    /** Simulation points without error bars. */
    public PointSeries points(String panel, String name, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            table.add(panel, name, "points", x[i], y[i], "", "", "");
        }
        return PointSeries.of(name, x, y);
    }

    /** A min–max band. */
    public BandSeries band(String panel, String name, double[] x, double[] lower, double[] upper) {
        for (int i = 0; i < x.length; i++) {
            table.add(panel, name, "band", x[i], "", "", lower[i], upper[i]);
        }
        return BandSeries.of(x, lower, upper).withName("");
    }

    public DataTable table() {
        return table;
    }
}
