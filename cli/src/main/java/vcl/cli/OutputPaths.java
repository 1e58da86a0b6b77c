package vcl.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Checks an {@code --out} value when the command line is parsed, before any computation: an empty
 * value is refused, a file option refuses an existing folder (and a file as its parent folder), a
 * folder option refuses an existing file. A refused value is exit 2 with one line saying why
 * ({@link Refused}, printed by {@link ExitCodeHandler} without the usage hint).
 */
final class OutputPaths {

    private OutputPaths() {
    }

    /** An {@code --out} value refused; its message is the whole line after "vcl: error: ". */
    static final class Refused extends CommandLine.TypeConversionException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** An output file; {@code -} means standard output (converted to null). */
    static final class File implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if ("-".equals(value)) {
                return null;
            }
            Path p = path(value, "a file name, or - for standard output");
            if (Files.isDirectory(p)) {
                throw new Refused("cannot write " + value + ": is a folder, not a file");
            }
            Path parent = p.toAbsolutePath().getParent();
            for (Path a = parent; a != null; a = a.getParent()) {
                if (Files.exists(a) && !Files.isDirectory(a)) {
                    throw new Refused("cannot write " + value + ": " + a + " is a file, not a folder");
                }
            }
            return p;
        }
    }

    /** An output folder (created if missing); an existing file is refused. */
    static final class Folder implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path p = path(value, "a folder name");
            for (Path a = p.toAbsolutePath(); a != null; a = a.getParent()) {
                if (Files.exists(a) && !Files.isDirectory(a)) {
                    throw new Refused("--out: " + (a.equals(p.toAbsolutePath()) ? value : a)
                            + " is a file, not a folder" + (a.equals(p.toAbsolutePath()) ? ""
                            : ", so the folder " + value + " cannot be created"));
                }
            }
            return p;
        }
    }

    private static Path path(String value, String expected) {
        if (value.isBlank()) {
            throw new Refused("--out: empty; give " + expected);
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new Refused("--out: '" + value + "' is not a valid path; give " + expected);
        }
    }
}
