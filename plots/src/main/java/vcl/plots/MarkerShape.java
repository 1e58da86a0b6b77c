package vcl.plots;

/** Marker of a point series; {@link #AUTO} picks a different shape for each point series of a panel. */
public enum MarkerShape {
    AUTO, CIRCLE, SQUARE, TRIANGLE_UP, DIAMOND, TRIANGLE_DOWN, PENTAGON
}
