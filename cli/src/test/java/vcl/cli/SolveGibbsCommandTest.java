package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vcl.experiments.solve.GibbsSolve;

/** {@code vcl solve gibbs}: input errors exit 2 with one line; the rows and the thresholds at zero temperature. */
class SolveGibbsCommandTest {

    @Test
    void badInputIsOneLineAndExit2() {
        for (String[] c : new String[][] {{"--alpha", "0"}, {"--alpha", "1", "--temperature", "0"},
            {"--alpha", "1", "--temperature", "-1"}, {"--alpha", "1", "--temperature", "1", "--zero-temperature"}}) {
            List<String> argv = new java.util.ArrayList<>(List.of("solve", "gibbs"));
            argv.addAll(List.of(c));
            CliRunner.Result r = CliRunner.run(argv.toArray(new String[0]));
            assertEquals(2, r.exitCode(), String.join(" ", argv) + ": " + r.err());
            assertTrue(r.err().contains("--alpha") || r.err().contains("--temperature"), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void zeroTemperatureRowsAndThresholds() {
        CliRunner.Result r = CliRunner.run("solve", "gibbs", "--alpha", "1,1.3,1.6", "--transition", "--all-branches");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(String.join(",", GibbsSolve.COLUMNS), lines.get(0));
        // α = 1: poor branch stable (entropy > 0), perfect state metastable; 1.3: the other way; 1.6: perfect alone
        assertEquals(List.of("poor-stable", "good-metastable", "poor-metastable", "good-stable", "unique"),
                lines.stream().skip(1).map(l -> l.split(",")[8]).toList());
        String[] poor = lines.get(1).split(",");
        assertEquals(Double.parseDouble(poor[2]), Double.parseDouble(poor[3]), 1e-9);
        assertTrue(r.err().contains("alpha_t = 1.24468399"), r.err());
        assertTrue(r.err().contains("alpha_sp = 1.4926318"), r.err());
    }

    @Test
    void finiteTemperatureSolves() {
        CliRunner.Result r = CliRunner.run("solve", "gibbs", "--alpha", "1", "--temperature", "0.5", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"temperature\""), r.out());
    }
}
