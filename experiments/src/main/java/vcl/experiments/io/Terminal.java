package vcl.experiments.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the process's standard error or output is a terminal, so that progress bars and colours
 * (escape sequences) go to terminals only and logs stay plain. On Linux the answer is where file
 * descriptor 1 or 2 points ({@code /dev/pts/…}, {@code /dev/tty…}); elsewhere {@link System#console()}
 * decides. {@code TERM=dumb} and a set {@code NO_COLOR} mean no terminal features.
 */
public final class Terminal {

    private Terminal() {
    }

    /** True when standard error is a terminal that takes escape sequences. */
    public static boolean stderr() {
        return isTerminal(2);
    }

    /** True when standard output is a terminal that takes escape sequences. */
    public static boolean stdout() {
        return isTerminal(1);
    }

    private static boolean isTerminal(int fd) {
        if ("dumb".equals(System.getenv("TERM")) || System.getenv("NO_COLOR") != null) {
            return false;
        }
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            return isTerminalDevice(Files.readSymbolicLink(link).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** True for a terminal device's path. */
    static boolean isTerminalDevice(String path) {
        return path.startsWith("/dev/pts/") || path.startsWith("/dev/tty") || path.equals("/dev/console");
    }
}
