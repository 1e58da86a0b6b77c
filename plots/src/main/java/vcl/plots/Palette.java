package vcl.plots;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Colours and marker shapes. Colours are the Okabe–Ito palette, which stays distinguishable
 * under the common forms of colour blindness; yellow comes last as it is faint on white.
 */
public final class Palette {

    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLACK = new Color(0x000000);
    public static final Color YELLOW = new Color(0xF0E442);

    private static final Color[] ORDER = {BLUE, VERMILLION, BLUISH_GREEN, ORANGE, REDDISH_PURPLE, SKY_BLUE, BLACK,
        YELLOW};

    private static final MarkerShape[] MARKERS = {MarkerShape.CIRCLE, MarkerShape.SQUARE, MarkerShape.TRIANGLE_UP,
        MarkerShape.DIAMOND, MarkerShape.TRIANGLE_DOWN, MarkerShape.PENTAGON};

    private Palette() {
    }

    /** The {@code i}-th colour of the cycle (wrapping around after eight). */
    public static Color color(int i) {
        return ORDER[Math.floorMod(i, ORDER.length)];
    }

    /** Number of distinct colours in the cycle. */
    public static int size() {
        return ORDER.length;
    }

    /** The {@code i}-th marker of the cycle used for {@link MarkerShape#AUTO}. */
    public static MarkerShape marker(int i) {
        return MARKERS[Math.floorMod(i, MARKERS.length)];
    }

    /** {@code color} with the given opacity in [0, 1]. */
    static Color withAlpha(Color color, double alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), (int) Math.round(255 * alpha));
    }

    /** A shape centred on the origin whose area is close to that of a circle of radius {@code r}. */
    static Shape shape(MarkerShape marker, double r) {
        return switch (marker) {
            case SQUARE -> {
                double h = r * 0.886;
                yield new Rectangle2D.Double(-h, -h, 2 * h, 2 * h);
            }
            case TRIANGLE_UP -> polygon(3, r * 1.3, -Math.PI / 2, 0.2 * r);
            case TRIANGLE_DOWN -> polygon(3, r * 1.3, Math.PI / 2, -0.2 * r);
            case DIAMOND -> polygon(4, r * 1.25, -Math.PI / 2, 0);
            case PENTAGON -> polygon(5, r * 1.1, -Math.PI / 2, 0);
            default -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
        };
    }

    private static Shape polygon(int corners, double radius, double firstAngle, double dy) {
        Path2D.Double p = new Path2D.Double();
        for (int k = 0; k < corners; k++) {
            double a = firstAngle + 2 * Math.PI * k / corners;
            double x = radius * Math.cos(a);
            double y = radius * Math.sin(a) + dy;
            if (k == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }
}
