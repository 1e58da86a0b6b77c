package vcl.plots;

/** Where the legend sits inside the plot area, or {@link #NONE} for no legend. */
public enum LegendPosition {
    TOP_RIGHT, TOP_LEFT, BOTTOM_RIGHT, BOTTOM_LEFT, NONE
}
