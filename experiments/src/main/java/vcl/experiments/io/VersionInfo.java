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
        return version(BUILD);
    }

    /** The full 40-hex-digit git commit the software was built from, or {@value #UNKNOWN}. */
    public static String commit() {
        return commit(BUILD);
    }

    /** True when the build's working tree had changes not in {@link #commit()}. */
    public static boolean dirty() {
        return dirty(BUILD);
    }

    static String version(Properties build) {
        String v = build.getProperty("version", "").trim();
        return v.isEmpty() || v.startsWith("${") ? UNKNOWN : v;
    }

    static String commit(Properties build) {
        String c = build.getProperty("commit", "").trim();
        return c.matches("[0-9a-f]{40}") ? c : UNKNOWN;
    }

    /** Dirty only with a known commit: a build that could not read git cannot tell. */
    static boolean dirty(Properties build) {
        return !commit(build).equals(UNKNOWN) && "true".equals(build.getProperty("dirty", "").trim());
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
