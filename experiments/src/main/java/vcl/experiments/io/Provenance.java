package vcl.experiments.io;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The provenance every result carries (the JSON of {@code solve}, {@code simulate}, {@code bench}
 * and of every figure): software version, command, the full command line, parameters, time, Java
 * version, and the git commit the software was built from with its dirty flag (both fixed at build
 * time, see {@link VersionInfo}, so they do not depend on the folder the command runs in).
 */
public final class Provenance {

    /** The note every record carries on numbers without a JSON form. */
    public static final String NON_FINITE_NOTE = "numbers without a JSON form (not a number, infinite) are written as null";

    private Provenance() {
    }

    /** A fresh, mutable provenance map for a command with its parameters (in insertion order). */
    public static Map<String, Object> of(String command, Map<String, Object> parameters) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("software", "vcl-workbench");
        m.put("version", VersionInfo.version());
        m.put("command", command);
        m.put("command_line", CommandLineText.current());
        m.put("parameters", parameters);
        m.put("created", Instant.now().toString());
        m.put("java", System.getProperty("java.version"));
        m.put("git_commit", VersionInfo.commit());
        m.put("git_dirty", VersionInfo.dirty());
        m.put("non_finite_numbers", NON_FINITE_NOTE);
        return m;
    }

    /** As {@link #of(String, Map)}, with the run time in seconds ({@code seconds}). */
    public static Map<String, Object> of(String command, Map<String, Object> parameters, double seconds) {
        Map<String, Object> m = of(command, parameters);
        m.put("seconds", seconds);
        return m;
    }
}
