package vcl.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Checks an {@code --out} value when the command line is parsed, before any computation: an empty
 * value is refused, a file option refuses an existing folder (and a file as its parent folder), a
 * folder option refuses an existing file. A refused value is exit 2 with picocli's one-line
 * "Invalid value for option '--out'" message.
 */
final class OutputPaths {

    private OutputPaths() {
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
                throw new CommandLine.TypeConversionException("'" + value + "' is a folder; give a file name, or -"
                        + " for standard output");
            }
            Path parent = p.toAbsolutePath().getParent();
            for (Path a = parent; a != null; a = a.getParent()) {
                if (Files.exists(a) && !Files.isDirectory(a)) {
                    throw new CommandLine.TypeConversionException("'" + a + "' is a file, so '" + value
                            + "' cannot be created in it");
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
                    throw new CommandLine.TypeConversionException("'" + a + "' is a file, not a folder"
                            + (a.equals(p.toAbsolutePath()) ? "" : ", so '" + value + "' cannot be created"));
                }
            }
            return p;
        }
    }

    private static Path path(String value, String expected) {
        if (value.isBlank()) {
            throw new CommandLine.TypeConversionException("empty; give " + expected);
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a valid path; give " + expected);
        }
    }
}
