package vcl.experiments.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a benchmark's baseline script is: the path as given when it names a file from the current
 * folder (or is absolute), else the same relative path taken from the project's folder, the checkout
 * this software was built in (found from the jar's or the classes' location: the nearest folder
 * above it holding {@code pom.xml} and the {@code vcl} launcher). So the README's
 * {@code --baseline ../shared/bench/sgd_numpy.py} works from any folder of a fresh clone.
 * Shared by {@code bench sgd} and {@code bench mlp}.
 */
public final class BaselineScript {

    private BaselineScript() {
    }

    /** The script {@code given} names, resolved as described above; {@code null} stays {@code null}. */
    public static Path resolve(Path given) {
        if (given == null || given.isAbsolute() || Files.isRegularFile(given)) {
            return given;
        }
        return projectFolder().map(root -> root.resolve(given).normalize()).filter(Files::isRegularFile).orElse(given);
    }

    /** The checkout the running code was built in, if it runs from one. */
    public static Optional<Path> projectFolder() {
        try {
            Path code = Path.of(BaselineScript.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return projectFolderAbove(code.toAbsolutePath());
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The nearest folder at or above {@code start} holding {@code pom.xml} and the {@code vcl} launcher. */
    static Optional<Path> projectFolderAbove(Path start) {
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isRegularFile(p.resolve("vcl"))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
