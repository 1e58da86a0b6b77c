package vcl.plots;

/**
 * Where the legend sits inside the plot area: a fixed corner, {@link #AUTO} for the corner that
 * hides the least data, or {@link #NONE} for no legend.
 */
public enum LegendPosition {
    AUTO, TOP_RIGHT, TOP_LEFT, BOTTOM_RIGHT, BOTTOM_LEFT, NONE
}
