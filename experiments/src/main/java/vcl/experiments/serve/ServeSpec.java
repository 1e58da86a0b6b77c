package vcl.experiments.serve;

import java.util.Objects;
import vcl.experiments.spec.Range;
import vcl.experiments.spec.UserInputException;

/**
 * {@code vcl serve}: where the explorer listens.
 *
 * @param host the address to bind, {@value #LOOPBACK} (this machine only) unless asked otherwise
 * @param port the TCP port in [0, 65535]; 0 picks a free one
 */
public record ServeSpec(String host, int port) {

    /** The default address: only this machine can connect. */
    public static final String LOOPBACK = "127.0.0.1";
    /** The default port. */
    public static final int DEFAULT_PORT = 8080;
    private static final Range PORT = Range.closed(0, 65535);

    public ServeSpec {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new UserInputException("--host", "an address such as " + LOOPBACK, "''");
        }
        if (!PORT.contains(port)) {
            throw UserInputException.outside("--port", PORT, Integer.toString(port));
        }
    }

    /** Whether only this machine can connect. */
    public boolean loopbackOnly() {
        return host.startsWith("127.") || "localhost".equals(host) || "::1".equals(host);
    }
}
