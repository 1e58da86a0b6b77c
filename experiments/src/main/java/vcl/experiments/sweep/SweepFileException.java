package vcl.experiments.sweep;

import java.io.IOException;

/** A sweep file or a sweep's output folder that cannot be read or is malformed: one line naming the file. */
public final class SweepFileException extends IOException {

    private static final long serialVersionUID = 1L;

    public SweepFileException(String message) {
        super(message);
    }
}
