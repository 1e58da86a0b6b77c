package vcl.plots;

import java.awt.Color;
import java.util.Objects;

/**
 * Simulation points, optionally with symmetric error bars (mean ± error, e.g. the standard
 * deviation over seeds) and optionally joined by a thin line.
 *
 * @param name    legend text (label syntax), empty for none
 * @param x       abscissae
 * @param y       means
 * @param yError  non-negative half-lengths of the error bars, or {@code null} for none
 * @param marker  marker shape ({@link MarkerShape#AUTO} for one per series)
 * @param connect whether consecutive points are joined by a line
 * @param color   explicit colour or {@code null} for the palette
 */
public record PointSeries(String name, double[] x, double[] y, double[] yError, MarkerShape marker,
        boolean connect, Color color) implements Series {

    public PointSeries {
        name = Checks.name(name);
        String owner = Checks.describe("point series", name);
        x = Checks.finiteCopy(owner, "x", x);
        y = Checks.finiteCopy(owner, "y", y);
        Checks.sameLength(owner, "y", x, y);
        if (yError != null) {
            yError = Checks.finiteCopy(owner, "yError", yError);
            Checks.sameLength(owner, "yError", x, yError);
            for (int i = 0; i < yError.length; i++) {
                if (yError[i] < 0) {
                    throw new IllegalArgumentException(owner + ": yError[" + i + "] = " + yError[i]
                            + " is negative; error bars are half-lengths");
                }
            }
        }
        Objects.requireNonNull(marker, () -> owner + ": marker must not be null");
    }

    /** Points without error bars. */
    public static PointSeries of(String name, double[] x, double[] y) {
        return new PointSeries(name, x, y, null, MarkerShape.AUTO, false, null);
    }

    /** Points at {@code mean} with error bars of half-length {@code error} (e.g. one standard deviation). */
    public static PointSeries withErrors(String name, double[] x, double[] mean, double[] error) {
        return new PointSeries(name, x, mean, error, MarkerShape.AUTO, false, null);
    }

    public PointSeries withMarker(MarkerShape newMarker) {
        return new PointSeries(name, x, y, yError, newMarker, connect, color);
    }

    public PointSeries connected() {
        return new PointSeries(name, x, y, yError, marker, true, color);
    }

    public PointSeries withColor(Color newColor) {
        return new PointSeries(name, x, y, yError, marker, connect, newColor);
    }

    public boolean hasErrors() {
        return yError != null;
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public double[] yError() {
        return yError == null ? null : yError.clone();
    }

    /** Lower ends of the error bars (the means when there are no error bars). */
    public double[] lower() {
        double[] lo = y.clone();
        if (yError != null) {
            for (int i = 0; i < lo.length; i++) {
                lo[i] -= yError[i];
            }
        }
        return lo;
    }

    /** Upper ends of the error bars (the means when there are no error bars). */
    public double[] upper() {
        double[] hi = y.clone();
        if (yError != null) {
            for (int i = 0; i < hi.length; i++) {
                hi[i] += yError[i];
            }
        }
        return hi;
    }

    @Override
    public double[] yExtent() {
        return Extent.of(lower(), upper());
    }
}
