package vcl.plots;

/**
 * Where the legend sits: inside the plot area in a fixed corner, {@link #AUTO} for a corner whose
 * legend hides no data (else {@link #OUTSIDE_BOTTOM}), {@link #OUTSIDE_RIGHT} beside the plot area,
 * {@link #OUTSIDE_BOTTOM} under it in rows (for panels whose data fill every corner), or
 * {@link #NONE} for no legend.
 */
public enum LegendPosition {
    AUTO, TOP_RIGHT, TOP_LEFT, BOTTOM_RIGHT, BOTTOM_LEFT, OUTSIDE_RIGHT, OUTSIDE_BOTTOM, NONE
}
