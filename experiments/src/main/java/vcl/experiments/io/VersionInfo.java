package vcl.experiments.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What the build recorded about the software (the resource {@code vcl-version.properties}, filled
 * in at build time): its version, the git commit it was built from and whether the working tree
 * had uncommitted changes. A build outside a git repository records the commit as
 * {@value #UNKNOWN} and dirty as false.
 */
public final class VersionInfo {

    /** The commit (and version) when the build could not tell. */
    public static final String UNKNOWN = "unknown";

    private static final Properties BUILD = load();

    private VersionInfo() {
    }

    /** The software version recorded in every result's provenance. */
    public static String version() {
        String v = BUILD.getProperty("version", "");
        return v.isBlank() || v.startsWith("${") ? UNKNOWN : v;
    }

    /** The full 40-hex-digit git commit the software was built from, or {@value #UNKNOWN}. */
    public static String commit() {
        String c = BUILD.getProperty("commit", "").trim();
        return c.matches("[0-9a-f]{40}") ? c : UNKNOWN;
    }

    /** True when the build's working tree had changes not in {@link #commit()}. */
    public static boolean dirty() {
        return "true".equals(BUILD.getProperty("dirty", "").trim());
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = VersionInfo.class.getResourceAsStream("/vcl-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // no build information: every value reads as unknown
        }
        return p;
    }
}
