package vcl.plots;

import java.awt.Color;

/**
 * Bars from zero to {@code y} centred at {@code x}, {@code width} wide, optionally with symmetric
 * error bars (y ± error, e.g. the standard deviation over seeds), e.g. one bar series per method on
 * a category axis ({@link AxisSpec#categories}).
 *
 * @param name   legend text (label syntax), empty for none
 * @param x      bar centres
 * @param y      bar heights (negative values point down)
 * @param yError non-negative half-lengths of the error bars, or {@code null} for none
 * @param width  bar width in x units
 * @param color  explicit colour or {@code null} for the palette
 */
public record BarSeries(String name, double[] x, double[] y, double[] yError, double width, Color color)
        implements Series {

    public BarSeries {
        name = Checks.name(name);
        String owner = Checks.describe("bar series", name);
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
        if (!(width > 0) || !Double.isFinite(width)) {
            throw new IllegalArgumentException(owner + ": width = " + width + " must be positive and finite");
        }
    }

    /** Bars with error bars of half-length {@code error} (null for none) in the next palette colour. */
    public static BarSeries of(String name, double[] x, double[] y, double[] error, double width) {
        return new BarSeries(name, x, y, error, width, null);
    }

    public BarSeries withColor(Color newColor) {
        return new BarSeries(name, x, y, yError, width, newColor);
    }

    public boolean hasErrors() {
        return yError != null;
    }

    /** The bar centres. */
    public double[] centres() {
        return x.clone();
    }

    /** Both edges of every bar (what the axis must show). */
    @Override
    public double[] x() {
        double[] out = new double[2 * x.length];
        for (int i = 0; i < x.length; i++) {
            out[2 * i] = x[i] - width / 2;
            out[2 * i + 1] = x[i] + width / 2;
        }
        return out;
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public double[] yError() {
        return yError == null ? null : yError.clone();
    }

    /** The extent of the bars (zero included) and their error bars. */
    @Override
    public double[] yExtent() {
        double lo = 0;
        double hi = 0;
        for (int i = 0; i < y.length; i++) {
            double e = yError == null ? 0 : yError[i];
            lo = Math.min(lo, y[i] - e);
            hi = Math.max(hi, y[i] + e);
        }
        return new double[] {lo, hi};
    }
}
