package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code vcl solve potential --rsb}: its option errors exit 2 with one line, before any solving. */
class SolvePotentialRsbCommandTest {

    @Test
    void rsbOptionsOutOfPlaceAreOneLineAndExit2() {
        for (String[] c : new String[][] {{"--alpha", "1.45", "--d", "0.9", "--rsb"},
            {"--alpha", "1.45", "--d", "0.9", "--reference", "good", "--rsb"},
            {"--alpha", "1.45", "--d", "0.9", "--reference", "poor", "--parisi-x", "0.5"},
            {"--alpha", "1.45", "--d", "0.9", "--reference", "poor", "--rsb", "--parisi-x", "1.5"}}) {
            List<String> argv = new java.util.ArrayList<>(List.of("solve", "potential"));
            argv.addAll(List.of(c));
            CliRunner.Result r = CliRunner.run(argv.toArray(new String[0]));
            assertEquals(2, r.exitCode(), String.join(" ", argv) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertEquals("", r.out());
        }
    }
}
