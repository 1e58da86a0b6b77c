package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vcl.experiments.solve.Task1Solve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveTask1CommandTest {

    @Test
    void printsTheContractColumnsAndConvergedRows() {
        CliRunner.Result r = CliRunner.run("solve", "task1", "--alpha", "0.5,1.0", "--beta", "20");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(String.join(",", Task1Solve.COLUMNS), lines.get(0));
        assertEquals(3, lines.size(), r.out());
        for (String line : lines.subList(1, 3)) {
            String[] cells = line.split(",");
            assertEquals(Task1Solve.COLUMNS.size(), cells.length);
            assertEquals("true", cells[15]);
            assertEquals("unique", cells[12]);
        }
        // the numbers are the solver's (ε_g = arccos(p)/π at α = 0.5, β = 20)
        String[] first = lines.get(1).split(",");
        assertEquals(Math.acos(Double.parseDouble(first[9])) / Math.PI, Double.parseDouble(first[10]), 1e-15);
    }

    @Test
    void badInputExitsWithCode2AndNamesTheParameter() {
        String[][] cases = {
            {"--alpha", "0", "--alpha must be a finite number > 0"},
            {"--alpha", "-1,2", "--alpha must be a finite number > 0"},
            {"--alpha", "1:2", "--alpha: '1:2' is neither a number nor a range"},
            {"--alpha", "abc", "--alpha: 'abc' in 'abc' is not a number"},
            {"--beta", "0", "--beta must be a finite number > 0"},
            {"--qstar-fixed", "1.2", "--qstar-fixed must lie in the open interval (0, 1)"},
            {"--prior", "gaussian", "--prior"},
        };
        for (String[] c : cases) {
            String[] args = c[0].equals("--alpha") ? new String[] {"solve", "task1", c[0], c[1]}
                    : new String[] {"solve", "task1", "--alpha", "1", c[0], c[1]};
            CliRunner.Result r = CliRunner.run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args));
            assertTrue(r.err().contains(c[2]), r.err());
            assertEquals("", r.out());
        }
        CliRunner.Result r = CliRunner.run("solve", "task1", "--alpha", "1", "--prior", "gaussian");
        assertTrue(r.err().contains("flat") && r.err().contains("entropy"), "lists the valid priors: " + r.err());
    }

    @Test
    void jsonCarriesProvenanceAndOutWritesAFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("t1.json");
        CliRunner.Result r = CliRunner.run("solve", "task1", "--alpha", "0.5", "--format", "json", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String json = Files.readString(out);
        assertTrue(json.contains("\"version\"") && json.contains("\"beta\": 20.0") && json.contains("\"rows\""), json);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void coexistingBranchesAreReportedAndPrintedOnRequest() {
        CliRunner.Result r = CliRunner.run("solve", "task1", "--alpha", "1.5");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(2, r.out().lines().count(), "one row per alpha by default: " + r.out());
        assertTrue(r.out().contains("poor-stable"), r.out());
        assertTrue(r.err().contains("alpha = 1.5: a second solution coexists (good-metastable"), r.err());
        CliRunner.Result all = CliRunner.run("solve", "task1", "--alpha", "1.5", "--all-branches");
        assertEquals(3, all.out().lines().count(), all.out());
        assertTrue(all.out().contains("good-metastable"), all.out());
    }

    @Test
    void aTransitionBetweenTwoGridLoadsIsFoundOnACoarseGrid() {
        // on {1, 2} at beta = 20 no load holds both branches (the good one starts at 1.499, the poor
        // one ends at 1.906); the fine grid {1.6, 1.7} holds both and gives the reference crossing
        CliRunner.Result coarse = CliRunner.run("solve", "task1", "--alpha", "1,2", "--transition");
        CliRunner.Result fine = CliRunner.run("solve", "task1", "--alpha", "1.6,1.7", "--transition");
        assertEquals(0, coarse.exitCode(), coarse.err());
        double onCoarse = alphaT(coarse.err());
        assertEquals(alphaT(fine.err()), onCoarse, 1e-8);
        assertEquals(1.65022, onCoarse, 1e-5);
        CliRunner.Result single = CliRunner.run("solve", "task1", "--alpha", "0.5,1.5,3", "--beta", "5", "--transition");
        assertTrue(single.err().contains("no first-order transition"), single.err());
    }

    private static double alphaT(String err) {
        String marker = "first-order transition: alpha_t = ";
        String line = err.lines().filter(l -> l.startsWith(marker)).findFirst().orElseThrow(() -> new AssertionError(err));
        return Double.parseDouble(line.substring(marker.length()).trim());
    }
}
