package vcl.plots;

import java.util.Objects;

/** A stretch of label text drawn at one vertical position. */
public record LabelRun(String text, Script script) {

    /** Baseline, subscript or superscript. */
    public enum Script { NORMAL, SUB, SUPER }

    public LabelRun {
        Objects.requireNonNull(text, "label run: text must not be null");
        Objects.requireNonNull(script, "label run: script must not be null");
    }
}
