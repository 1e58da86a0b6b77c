package vcl.plots;

/**
 * Where the legend sits: inside the plot area in a fixed corner, {@link #AUTO} for the corner that
 * hides the least data, {@link #OUTSIDE_RIGHT} beside the plot area (for panels whose data fill every
 * corner), or {@link #NONE} for no legend.
 */
public enum LegendPosition {
    AUTO, TOP_RIGHT, TOP_LEFT, BOTTOM_RIGHT, BOTTOM_LEFT, OUTSIDE_RIGHT, NONE
}
