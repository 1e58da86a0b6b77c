package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vcl.experiments.solve.PotentialSolve;

/** {@code vcl solve potential}: input errors exit 2 with one line; at d* the row is the task-1 optimum. */
class SolvePotentialCommandTest {

    @Test
    void badInputIsOneLineAndExit2() {
        for (String[] c : new String[][] {{"--alpha", "1.8", "--d", "1.5"}, {"--alpha", "0", "--d", "0.9"},
            {"--alpha", "1.8", "--d", "0.9", "--reference", "best"}, {"--alpha", "1.8", "--d", "0.9", "--transition"},
            {"--alpha", "1", "--d", "0.9", "--reference", "poor", "--rsb", "--stationary"}}) {
            List<String> argv = new java.util.ArrayList<>(List.of("solve", "potential"));
            argv.addAll(List.of(c));
            CliRunner.Result r = CliRunner.run(argv.toArray(new String[0]));
            assertEquals(2, r.exitCode(), String.join(" ", argv) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void atTheTypicalOverlapVIsTheTask1FreeEntropyAndNoFieldHoldsIt() {
        CliRunner.Result r = CliRunner.run("solve", "potential", "--alpha", "1.8", "--d", "0.9704562414566549");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(String.join(",", PotentialSolve.COLUMNS), lines.get(0));
        String[] cells = lines.get(1).split(",");
        assertEquals("stable", cells[3]);
        assertEquals(Double.parseDouble(cells[5]), Double.parseDouble(cells[7]), 1e-9, "V = phi1");
        assertEquals(0, Double.parseDouble(cells[8]), 1e-6, "d_hat = 0");
        assertEquals("true", cells[cells.length - 1]);
    }

    @Test
    void stationaryAddsTheKindColumnAndSaysWhenThereIsNone() {
        CliRunner.Result r = CliRunner.run("solve", "potential", "--alpha", "1.8", "--d", "0.9704562414566549",
                "--stationary");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(String.join(",", PotentialSolve.COLUMNS) + "," + PotentialSolve.KIND_COLUMN, lines.get(0));
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.get(1).endsWith(",true,grid"), lines.get(1));
        assertTrue(r.err().contains("no stationary point of V between the overlaps"), r.err());
    }
}
