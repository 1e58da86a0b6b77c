package vcl.experiments.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes files so that readers never see a half-written one: a temporary file in the same folder, then a rename. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes text (UTF-8) to {@code target} atomically, creating parent folders. */
    public static void writeString(Path target, String text) {
        writeBytes(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes to {@code target} atomically, creating parent folders (the figure exporter's writer). */
    public static void writeBytes(Path target, byte[] bytes) {
        try {
            vcl.plots.AtomicFiles.write(target.toAbsolutePath(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Text to {@code stdout}, or atomically to {@code out} when given. */
    public static void emit(String text, Path out, java.io.PrintWriter stdout) {
        if (out == null) {
            stdout.print(text);
            stdout.flush();
        } else {
            writeString(out, text);
        }
    }
}
