package vcl.plots;

import java.util.Objects;

/** A piece of text (label syntax) placed with its left end at the data point {@code (x, y)}. */
public record TextNote(double x, double y, String text) {

    public TextNote {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("text note: position (" + x + ", " + y + ") is not finite");
        }
        Objects.requireNonNull(text, "text note: text must not be null");
    }
}
