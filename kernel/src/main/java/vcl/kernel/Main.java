package vcl.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * Starts the kernel on a Jupyter connection file: {@code java -cp vcl-kernel.jar:vcl.jar
 * vcl.kernel.Main CONNECTION_FILE} (the installed kernel.json says so). The class path of the
 * cells is this JVM's.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws IOException, GeneralSecurityException, InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: vcl.kernel.Main CONNECTION_FILE");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        JupyterConnection connection = new JupyterConnection(properties);
        JShellKernel kernel = JShellKernel.create(System.getProperty("java.class.path"));
        kernel.becomeHandlerForConnection(connection);
        kernel.onStartup();
        connection.connect();
        connection.waitUntilClose();
        kernel.onShutdown(false);
    }
}
