package vcl.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The provenance every result carries: software version, command, parameters, time. */
public final class Provenance {

    private Provenance() {
    }

    /** A fresh provenance map for a command with its parameters (in insertion order). */
    public static Map<String, Object> of(String command, Map<String, Object> parameters) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("software", "vcl-workbench");
        m.put("version", VersionInfo.version());
        m.put("command", command);
        m.put("parameters", parameters);
        m.put("created", Instant.now().toString());
        m.put("java", System.getProperty("java.version"));
        return m;
    }
}
