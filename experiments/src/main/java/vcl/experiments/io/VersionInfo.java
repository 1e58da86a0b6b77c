package vcl.experiments.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The software version, from a resource the build fills in (recorded in every result's provenance). */
public final class VersionInfo {

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
}
