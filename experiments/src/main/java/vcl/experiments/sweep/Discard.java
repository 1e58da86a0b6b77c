package vcl.experiments.sweep;

import java.io.PrintWriter;
import java.io.Writer;

/** A writer that drops what it is given: the per-call progress of an entry point inside a sweep. */
final class Discard {

    private Discard() {
    }

    static PrintWriter writer() {
        return new PrintWriter(Writer.nullWriter());
    }
}
