package vcl.experiments.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;

/**
 * Writes files so that readers see either the old content or the complete new one: the bytes go
 * to a temporary file in the same folder, which is then renamed over the target. Missing parent
 * folders are created. A target that exists but is not a regular file (a device such as
 * {@code /dev/null}, a pipe) is written to directly, never replaced. The one place where the
 * workbench writes files.
 */
public final class AtomicFiles {

    /** Produces the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically; on failure the old file (if any) is left as it was and no
     * temporary file remains. A folder is never replaced by a file.
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = linkTarget(target.toAbsolutePath());
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(absolute.toString(), null, "is a folder, not a file");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            try (OutputStream out = Files.newOutputStream(absolute)) {
                content.writeTo(out);
            }
            return;
        }
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        String name = absolute.getFileName().toString();
        if (name.chars().noneMatch(c -> "*?[]{}\\".indexOf(c) >= 0)) {
            removeStaleTemporaries(folder, name);
        }
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            readableByAll(temp, absolute);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The file a path names, following symbolic links (also a link to a file not yet created), so
     * that a link is written through and never replaced by a file.
     */
    private static Path linkTarget(Path path) throws IOException {
        Path p = path;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == 40) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            p = p.getParent().resolve(Files.readSymbolicLink(p)).normalize();
        }
        return p;
    }

    /** Temporaries older than this in a folder being written are left by a killed run and are removed. */
    public static final Duration STALE_TEMPORARY = Duration.ofHours(1);

    /**
     * Removes the temporaries a killed run left in {@code folder}: files named {@code .NAME.*.tmp}
     * whose last change is older than {@link #STALE_TEMPORARY} (a live run writing into the same
     * folder, such as another shard of a sweep, finishes its temporary within seconds, so a fresh
     * one is never touched). Missing folder: nothing to do. Returns how many were removed; a file
     * that cannot be removed is left.
     */
    public static int removeStaleTemporaries(Path folder) {
        return removeStaleTemporaries(folder, "*");
    }

    /** {@link #removeStaleTemporaries(Path)} for the temporaries of the file {@code name} only ({@code *}: all). */
    private static int removeStaleTemporaries(Path folder, String name) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        java.nio.file.attribute.FileTime cutoff = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(STALE_TEMPORARY));
        int removed = 0;
        try (java.nio.file.DirectoryStream<Path> temps = Files.newDirectoryStream(folder, "." + name + ".*.tmp")) {
            for (Path t : temps) {
                try {
                    if (Files.isRegularFile(t, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(t).compareTo(cutoff) < 0) {
                        Files.delete(t);
                        removed++;
                    }
                } catch (IOException e) {
                    // another run removed it first, or it is not ours to remove: leave it
                }
            }
        } catch (IOException e) {
            return removed;
        }
        return removed;
    }

    /** A file of the run's output could not be written (read-only folder, disk full): exit 74. */
    public static final class WriteFailure extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        public WriteFailure(Path target, IOException cause) {
            super("cannot write " + target + ": " + reason(target, cause), cause);
        }
    }

    /**
     * Temporary files are created private (rw-------); give the new file the permissions of the
     * file it replaces, or rw-r--r-- for a new one, where the file system has POSIX permissions.
     */
    private static void readableByAll(Path temp, Path target) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /** Writes text (UTF-8) to {@code target} atomically. */
    public static void writeString(Path target, String text) {
        writeBytes(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes to {@code target} atomically; an I/O failure becomes an {@link UncheckedIOException} naming the file. */
    public static void writeBytes(Path target, byte[] bytes) {
        try {
            write(target, out -> out.write(bytes));
        } catch (IOException e) {
            throw new WriteFailure(target, e);
        }
    }

    /**
     * Why writing {@code target} failed, in words: the file system's reason, with the file it
     * concerns when that is not the target itself ("no such file or folder (/proc/x)"), else the
     * failure's message.
     */
    public static String reason(Path target, IOException e) {
        if (e instanceof FileSystemException f) {
            String why = f.getReason() != null ? f.getReason()
                    : e instanceof NoSuchFileException ? "no such file or folder"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileAlreadyExistsException ? "exists and is not a folder"
                    : e.getClass().getSimpleName();
            boolean self = f.getFile() == null || Path.of(f.getFile()).toAbsolutePath().equals(target.toAbsolutePath());
            return self ? why : why + " (" + f.getFile() + ")";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Text to {@code stdout}, or atomically to {@code out} when given. */
    public static void emit(String text, Path out, PrintWriter stdout) {
        if (out == null) {
            stdout.print(text);
            stdout.flush();
        } else {
            writeString(out, text);
        }
    }
}
