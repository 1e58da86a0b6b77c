package vcl.plots;

/** Dash pattern of a line; lengths are multiples of the line width. */
public enum LineStyle {
    SOLID(null),
    DASHED(new float[] {4f, 2.5f}),
    DOTTED(new float[] {1f, 1.8f}),
    DASH_DOT(new float[] {4f, 1.8f, 1f, 1.8f});

    private final float[] pattern;

    LineStyle(float[] pattern) {
        this.pattern = pattern;
    }

    /** Dash pattern scaled to a line of the given width, or {@code null} for a solid line. */
    float[] dashes(float width) {
        if (pattern == null) {
            return null;
        }
        float[] d = new float[pattern.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = pattern[i] * width;
        }
        return d;
    }
}
