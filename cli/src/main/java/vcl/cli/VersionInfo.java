package vcl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The software version, from a resource the build fills in (recorded in every result's provenance). */
public final class VersionInfo implements CommandLine.IVersionProvider {

    private static final String VERSION = load();

    /** The software version recorded in every result's provenance. */
    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = VersionInfo.class.getResourceAsStream("/vcl-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"vcl-workbench " + version()};
    }
}
