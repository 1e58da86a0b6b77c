package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vcl.experiments.solve.RsbSolve;

/**
 * {@code vcl solve rsb}: input errors exit 2 with one line; below the AT line a replica-symmetric row,
 * above it a gap and Φ below the RS one; a point that does not converge is flagged and exits 3.
 */
class SolveRsbCommandTest {

    @Test
    void badInputIsOneLineAndExit2() {
        for (String[] c : new String[][] {{"--alpha", "0.8", "--x", "1.5"}, {"--alpha", "0.8", "--x", "0"},
            {"--alpha", "0"}, {"--alpha", "0.8", "--all-branches"}, {"--alpha", "0.8", "--prior", "spiky"},
            {"--alpha", "0.8", "--entropy-k", "3"}}) {
            List<String> argv = new java.util.ArrayList<>(List.of("solve", "rsb"));
            argv.addAll(List.of(c));
            CliRunner.Result r = CliRunner.run(argv.toArray(new String[0]));
            assertEquals(2, r.exitCode(), String.join(" ", argv) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void belowTheAtLineTheRowIsReplicaSymmetricAndAboveItTheGapOpens() {
        CliRunner.Result r = CliRunner.run("solve", "rsb", "--alpha", "0.7,0.75", "--beta", "20", "--x", "0.5");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(String.join(",", RsbSolve.COLUMNS), lines.get(0));
        assertEquals(3, lines.size(), r.out());
        int gap = RsbSolve.COLUMNS.indexOf("gap");
        int phi = RsbSolve.COLUMNS.indexOf("phi");
        int phiRs = RsbSolve.COLUMNS.indexOf("phi_rs");
        String[] below = lines.get(1).split(",");
        String[] above = lines.get(2).split(",");
        assertEquals(0.7, Double.parseDouble(below[0]), 1e-12);
        assertTrue(Double.parseDouble(below[gap]) < 1e-7, lines.get(1));
        assertEquals(Double.parseDouble(below[phiRs]), Double.parseDouble(below[phi]), 1e-9);
        assertTrue(Double.parseDouble(above[gap]) > 0.01, lines.get(2));
        assertTrue(Double.parseDouble(above[phi]) < Double.parseDouble(above[phiRs]), lines.get(2));
        assertEquals("0.5", above[RsbSolve.COLUMNS.indexOf("x")].replaceAll("0+$", ""));
        assertEquals("true", above[above.length - 1]);
    }

    @Test
    void aPointThatDoesNotConvergeExits3() {
        CliRunner.Result r = CliRunner.run("solve", "rsb", "--alpha", "0.75", "--x", "0.5", "--max-iterations", "2",
                "--format", "json");
        assertEquals(3, r.exitCode(), r.err());
        assertTrue(r.err().contains("did not converge"), r.err());
    }

    /** Where the branch at x* ends among the loads, {@code --transition} names its fold (stderr and provenance). */
    @Test
    @Tag("slow")
    void withTransitionTheEndOfTheBranchIsItsFold() {
        CliRunner.Result r = CliRunner.run("solve", "rsb", "--alpha", "1.5,1.55", "--beta", "20", "--transition",
                "--format", "json");
        assertEquals(3, r.exitCode(), r.err());
        Matcher m = Pattern.compile("ends at a fold: alpha = ([0-9.]+)").matcher(r.err());
        assertTrue(m.find(), r.err());
        assertEquals(1.5315167, Double.parseDouble(m.group(1)), 1e-6);
        assertTrue(r.out().contains("\"branch_fold\""), r.out());
    }
}
