package vcl.sim.images;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An IDX file that cannot be what it claims: wrong magic number, a size that disagrees with its
 * header, image and label files that do not belong together, labels outside the classes. The
 * message is one line naming the file and the problem.
 */
public final class IdxFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /** The file {@code file} is malformed as described by {@code problem}. */
    public IdxFormatException(Path file, String problem) {
        super("IDX file " + file + ": " + problem);
    }
}
