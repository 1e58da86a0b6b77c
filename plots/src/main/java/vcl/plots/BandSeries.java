package vcl.plots;

import java.awt.Color;

/**
 * A shaded, semi-transparent band between {@code lower} and {@code upper} (e.g. the min–max over
 * seeds), drawn underneath lines and points. Give it the colour of the line it belongs to.
 *
 * @param name  legend text (label syntax), empty (the usual case) for no legend entry
 * @param x     abscissae
 * @param lower lower edge
 * @param upper upper edge, not below {@code lower}
 * @param color explicit colour or {@code null} for the palette
 */
public record BandSeries(String name, double[] x, double[] lower, double[] upper, Color color) implements Series {

    public BandSeries {
        name = Checks.name(name);
        String owner = Checks.describe("band", name);
        x = Checks.finiteCopy(owner, "x", x);
        lower = Checks.finiteCopy(owner, "lower", lower);
        upper = Checks.finiteCopy(owner, "upper", upper);
        Checks.sameLength(owner, "lower", x, lower);
        Checks.sameLength(owner, "upper", x, upper);
        for (int i = 0; i < x.length; i++) {
            if (upper[i] < lower[i]) {
                throw new IllegalArgumentException(owner + ": upper[" + i + "] = " + upper[i]
                        + " is below lower[" + i + "] = " + lower[i]);
            }
        }
    }

    /** A band without legend entry in the next palette colour. */
    public static BandSeries of(double[] x, double[] lower, double[] upper) {
        return new BandSeries("", x, lower, upper, null);
    }

    public BandSeries withColor(Color newColor) {
        return new BandSeries(name, x, lower, upper, newColor);
    }

    public BandSeries withName(String newName) {
        return new BandSeries(newName, x, lower, upper, color);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    public double[] lower() {
        return lower.clone();
    }

    public double[] upper() {
        return upper.clone();
    }

    @Override
    public double[] yExtent() {
        return Extent.of(lower, upper);
    }
}
