package vcl.sim.images;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A data set file is not where it is looked for. The message names the file and the command that
 * installs the data sets.
 */
public final class DataSetMissingException extends IOException {

    private static final long serialVersionUID = 1L;

    /** The command (relative to the project root) that installs and verifies the data sets. */
    public static final String INSTALL_COMMAND = "scripts/install-datasets";

    /** {@code what} (e.g. "mnist file train-images-idx3-ubyte[.gz]") is missing at {@code where}. */
    public DataSetMissingException(String what, Path where) {
        super(what + " is missing in " + where + "; install the data sets with " + INSTALL_COMMAND);
    }
}
