package vcl.plots;

/**
 * A vertical dashed line across the plot, e.g. at a transition point, with an optional label
 * (label syntax) written next to its top end.
 */
public record VerticalMarker(double x, String label) {

    public VerticalMarker {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("vertical marker: x = " + x + " is not a finite number");
        }
        label = label == null ? "" : label;
    }
}
