package vcl.plots;

import java.awt.Color;
import java.util.Objects;

/**
 * A matrix drawn as coloured cells, e.g. an accuracy matrix: cell k is centred at (x[k], y[k]),
 * {@code cellWidth × cellHeight} wide, and coloured on a linear scale from white at {@code zMin}
 * to {@code color} at {@code zMax} (values outside are clamped); optionally each cell's value is
 * written in it with {@code valueFormat} (a {@link String#format} pattern such as {@code "%.2f"}).
 * A colour bar beside the panel shows the scale, labelled with {@code name}.
 *
 * @param name        what the values are (label syntax): the colour bar's label
 * @param x           cell centres, abscissae
 * @param y           cell centres, ordinates
 * @param z           cell values; NaN leaves a cell empty
 * @param cellWidth   cell width in x units
 * @param cellHeight  cell height in y units
 * @param zMin        value drawn white
 * @param zMax        value drawn in {@code color}
 * @param valueFormat format of the printed values, empty for none
 * @param color       colour of {@code zMax}
 */
public record HeatMapSeries(String name, double[] x, double[] y, double[] z, double cellWidth, double cellHeight,
        double zMin, double zMax, String valueFormat, Color color) implements Series {

    public HeatMapSeries {
        name = Checks.name(name);
        String owner = Checks.describe("heat map", name);
        x = Checks.finiteCopy(owner, "x", x);
        y = Checks.finiteCopy(owner, "y", y);
        Objects.requireNonNull(z, () -> owner + ": z must not be null");
        z = z.clone();
        Checks.sameLength(owner, "y", x, y);
        Checks.sameLength(owner, "z", x, z);
        for (int i = 0; i < z.length; i++) {
            if (Double.isInfinite(z[i])) {
                throw new IllegalArgumentException(owner + ": z[" + i + "] is infinite");
            }
        }
        if (!(cellWidth > 0) || !(cellHeight > 0) || !Double.isFinite(cellWidth) || !Double.isFinite(cellHeight)) {
            throw new IllegalArgumentException(owner + ": cell size " + cellWidth + "×" + cellHeight
                    + " must be positive and finite");
        }
        if (!(zMin < zMax) || !Double.isFinite(zMin) || !Double.isFinite(zMax)) {
            throw new IllegalArgumentException(owner + ": colour range [" + zMin + ", " + zMax
                    + "] must be finite with zMin < zMax");
        }
        valueFormat = valueFormat == null ? "" : valueFormat;
        Objects.requireNonNull(color, () -> owner + ": color must not be null");
    }

    /**
     * The matrix {@code m} (row i, column j) with cell (i, j) centred at x = j + 1, y = i + 1, values
     * printed with two decimals, coloured from white at {@code zMin} to {@code color} at {@code zMax}.
     */
    public static HeatMapSeries ofMatrix(String name, double[][] m, double zMin, double zMax, Color color) {
        int n = 0;
        for (double[] row : m) {
            n += row.length;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        int k = 0;
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                x[k] = j + 1;
                y[k] = i + 1;
                z[k] = m[i][j];
                k++;
            }
        }
        return new HeatMapSeries(name, x, y, z, 1, 1, zMin, zMax, "%.2f", color);
    }

    /** The colour of value {@code v}: white at zMin, {@link #color} at zMax, linear in between (clamped). */
    public Color colorOf(double v) {
        double t = Math.max(0, Math.min(1, (v - zMin) / (zMax - zMin)));
        return new Color(mix(255, color.getRed(), t), mix(255, color.getGreen(), t), mix(255, color.getBlue(), t));
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    @Override
    public double[] x() {
        double[] lo = x.clone();
        double[] out = new double[2 * lo.length];
        for (int i = 0; i < lo.length; i++) {
            out[2 * i] = lo[i] - cellWidth / 2;
            out[2 * i + 1] = lo[i] + cellWidth / 2;
        }
        return out;
    }

    /** The cell centres' abscissae. */
    public double[] centreX() {
        return x.clone();
    }

    /** The cell centres' ordinates. */
    @Override
    public double[] y() {
        return y.clone();
    }

    public double[] z() {
        return z.clone();
    }

    @Override
    public double[] yExtent() {
        double[] lo = y.clone();
        double[] hi = y.clone();
        for (int i = 0; i < lo.length; i++) {
            lo[i] -= cellHeight / 2;
            hi[i] += cellHeight / 2;
        }
        return Extent.of(lo, hi);
    }
}
