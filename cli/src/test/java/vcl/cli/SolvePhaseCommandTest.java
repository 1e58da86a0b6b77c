package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vcl.experiments.solve.PhaseDiagramSolve;

/** {@code vcl solve phase}: input errors exit 2 with one line; a coexistence row has its numbers. */
class SolvePhaseCommandTest {

    @Test
    void badInputIsOneLineAndExit2() {
        for (String[] c : new String[][] {{"--beta", "0"}, {"--beta", "2000"}, {"--beta", "20", "--critical", "17,16"},
            {"--beta", "20", "--critical", "17"}}) {
            List<String> argv = new java.util.ArrayList<>(List.of("solve", "phase"));
            argv.addAll(List.of(c));
            CliRunner.Result r = CliRunner.run(argv.toArray(new String[0]));
            assertEquals(2, r.exitCode(), String.join(" ", argv) + ": " + r.err());
            assertTrue(r.err().contains(c[c.length - 2]), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void atBeta20TheRowHoldsTheTransitionBetweenTheSpinodals() {
        CliRunner.Result r = CliRunner.run("solve", "phase", "--beta", "20");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(String.join(",", PhaseDiagramSolve.COLUMNS), lines.get(0));
        String[] cells = lines.get(1).split(",");
        assertEquals("coexistence", cells[1]);
        assertEquals(1.65022, Double.parseDouble(cells[2]), 1e-5);
        assertTrue(Double.parseDouble(cells[3]) < Double.parseDouble(cells[2])
                && Double.parseDouble(cells[2]) < Double.parseDouble(cells[4]));
        assertEquals("spinodal", cells[5]);
    }
}
