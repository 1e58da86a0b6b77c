package vcl.experiments.cl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import vcl.experiments.spec.UserInputException;
import vcl.sim.images.DataSet;
import vcl.sim.images.DataSetFiles;
import vcl.sim.images.DataSetKind;
import vcl.sim.images.DataSetMissingException;

/**
 * Where the image data sets are: the {@code --data-dir} option if given, else the environment
 * variable {@value #ENVIRONMENT_VARIABLE}, else {@code $XDG_DATA_HOME/vcl-workbench/datasets}
 * ({@code XDG_DATA_HOME} defaulting to {@code $HOME/.local/share}). The install command
 * {@code scripts/install-datasets} resolves the same folder the same way.
 */
public final class DataDirectory {

    /** The command line option naming the data root. */
    public static final String OPTION = "--data-dir";
    /** The environment variable naming the data root. */
    public static final String ENVIRONMENT_VARIABLE = "VCL_DATA_DIR";

    private DataDirectory() {
    }

    /** The data root from the option (may be null) and this process's environment. */
    public static Path resolve(Path option) {
        return resolve(option, System.getenv());
    }

    /** The data root from the option (may be null) and the environment {@code env}. */
    public static Path resolve(Path option, Map<String, String> env) {
        if (option != null) {
            return option;
        }
        String given = env.get(ENVIRONMENT_VARIABLE);
        if (given != null && !given.isEmpty()) {
            return Path.of(given);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path dataHome;
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            dataHome = Path.of(xdg);
        } else {
            String home = env.get("HOME");
            if (home == null || home.isEmpty()) {
                home = System.getProperty("user.home");
            }
            dataHome = Path.of(home, ".local", "share");
        }
        return dataHome.resolve("vcl-workbench").resolve("datasets");
    }

    /**
     * Reads the data sets {@code kinds} from {@code root}.
     *
     * @throws UserInputException (about {@value #OPTION}) if the folder, a file or a data set is
     *                            missing or malformed, naming it and the install command
     */
    public static Map<DataSetKind, DataSet> load(Path root, Set<DataSetKind> kinds) {
        if (!Files.isDirectory(root)) {
            throw UserInputException.malformed(OPTION, "data directory " + root + " does not exist; install the"
                    + " data sets with " + DataSetMissingException.INSTALL_COMMAND + " (or give " + OPTION
                    + " or " + ENVIRONMENT_VARIABLE + ")");
        }
        Map<DataSetKind, DataSet> out = new EnumMap<>(DataSetKind.class);
        for (DataSetKind kind : kinds) {
            try {
                out.put(kind, DataSetFiles.load(root, kind));
            } catch (IOException e) {
                throw UserInputException.malformed(OPTION, e.getMessage());
            }
        }
        return out;
    }
}
