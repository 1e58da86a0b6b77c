package vcl.experiments.io;

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

    /** The git commit of the working directory, or null when git or a repository is not available. */
    public static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            boolean done = p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            return done && p.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
