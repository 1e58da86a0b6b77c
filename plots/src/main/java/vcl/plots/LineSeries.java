package vcl.plots;

import java.awt.Color;
import java.util.Objects;

/**
 * A theory curve: points joined by a line, no markers.
 *
 * @param name  legend text (label syntax), empty for none
 * @param x     abscissae
 * @param y     ordinates, as many as {@code x}
 * @param style dash pattern
 * @param color explicit colour or {@code null} for the palette
 */
public record LineSeries(String name, double[] x, double[] y, LineStyle style, Color color) implements Series {

    public LineSeries {
        name = Checks.name(name);
        String owner = Checks.describe("line series", name);
        x = Checks.finiteCopy(owner, "x", x);
        y = Checks.finiteCopy(owner, "y", y);
        Checks.sameLength(owner, "y", x, y);
        Objects.requireNonNull(style, () -> owner + ": style must not be null");
    }

    /** A solid line in the next palette colour. */
    public static LineSeries of(String name, double[] x, double[] y) {
        return new LineSeries(name, x, y, LineStyle.SOLID, null);
    }

    /**
     * A legend entry without a visible line: a single point at {@code (x, y)}, which a line joins to
     * nothing. For a key such as "dashed: theory" that belongs to several drawn lines.
     */
    public static LineSeries keyOnly(String name, LineStyle style, Color color, double x, double y) {
        return new LineSeries(name, new double[] {x}, new double[] {y}, style, color);
    }

    public LineSeries withStyle(LineStyle newStyle) {
        return new LineSeries(name, x, y, newStyle, color);
    }

    public LineSeries dashed() {
        return withStyle(LineStyle.DASHED);
    }

    public LineSeries withColor(Color newColor) {
        return new LineSeries(name, x, y, style, newColor);
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
    public double[] yExtent() {
        return Extent.of(y, y);
    }
}
