package vcl.experiments.io;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The provenance every result carries: software version, command, parameters, time, Java
 * version, and the git commit the software was built from with its dirty flag (both fixed at
 * build time, see {@link VersionInfo}).
 */
public final class Provenance {

    private Provenance() {
    }

    /** A fresh, mutable provenance map for a command with its parameters (in insertion order). */
    public static Map<String, Object> of(String command, Map<String, Object> parameters) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("software", "vcl-workbench");
        m.put("version", VersionInfo.version());
        m.put("command", command);
        m.put("parameters", parameters);
        m.put("created", Instant.now().toString());
        m.put("java", System.getProperty("java.version"));
        m.put("git_commit", VersionInfo.commit());
        m.put("git_dirty", VersionInfo.dirty());
        return m;
    }
}
