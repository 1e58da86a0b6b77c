package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vcl.experiments.solve.Task1Solve;
import vcl.experiments.solve.Task2Solve;

class SolveTask2CommandTest {

    @Test
    void badInputExitsWithCode2AndNamesTheParameter() {
        String[][] cases = {
            {"--gamma", "-1", "--gamma must be a finite number >= 0"},
            {"--r0", "1.5", "--r0 must lie in [-1, 1]"},
            {"--r0", "-2,0", "--r0 must lie in [-1, 1]"},
            {"--alpha1", "0", "--alpha1 must be a finite number > 0"},
            {"--alpha2", "0,1", "--alpha2 must be a finite number > 0"},
            {"--beta", "-3", "--beta must be a finite number > 0"},
        };
        for (String[] c : cases) {
            java.util.Map<String, String> args = new java.util.LinkedHashMap<>();
            args.put("--alpha1", "2");
            args.put("--gamma", "1");
            args.put("--r0", "0");
            args.put("--alpha2", "1");
            args.put(c[0], c[1]);
            java.util.List<String> argv = new java.util.ArrayList<>(java.util.List.of("solve", "task2"));
            args.forEach((k, v) -> {
                argv.add(k);
                argv.add(v);
            });
            CliRunner.Result r = CliRunner.run(argv.toArray(new String[0]));
            assertEquals(2, r.exitCode(), String.join(" ", argv));
            assertTrue(r.err().contains(c[2]), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void printsTheContractColumns() {
        CliRunner.Result r = CliRunner.run("solve", "task2", "--alpha1", "2", "--gamma", "0", "--r0", "0.5", "--alpha2", "0.5");
        assertEquals(0, r.exitCode(), r.err());
        java.util.List<String> lines = r.out().lines().toList();
        assertEquals(String.join(",", Task2Solve.COLUMNS), lines.get(0));
        assertEquals(2, lines.size());
        String[] cells = lines.get(1).split(",");
        assertEquals(Task2Solve.COLUMNS.size(), cells.length);
        assertEquals("unique", cells[Task2Solve.COLUMNS.indexOf("branch")]);
        assertEquals("true", cells[Task2Solve.COLUMNS.indexOf("converged")]);
        // gamma = 0: p1 = r0 p2
        assertEquals(0.5 * Double.parseDouble(cells[12]), Double.parseDouble(cells[11]), 1e-12);
    }

    @Test
    void jsonCarriesTheBranchColumnAfterPhiAsTask1() {
        CliRunner.Result r = CliRunner.run("solve", "task2", "--alpha1", "2", "--gamma", "0", "--r0", "0", "--alpha2", "0.5",
                "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"branch\": \"unique\""), r.out());
        assertEquals(Task2Solve.COLUMNS.indexOf("phi") + 1, Task2Solve.COLUMNS.indexOf("branch"));
        assertEquals(Task1Solve.COLUMNS.indexOf("phi") + 1, Task1Solve.COLUMNS.indexOf("branch"));
    }

    @Test
    void aTransitionBetweenTwoGridLoadsIsFoundOnACoarseGrid() {
        // gamma = 1, r0 = 0 around task 1 at alpha1 = 2: the branches coexist around alpha2 = 4.5..5 only
        CliRunner.Result coarse = CliRunner.run("solve", "task2", "--alpha1", "2", "--gamma", "1", "--r0", "0",
                "--alpha2", "3,6", "--transition");
        CliRunner.Result fine = CliRunner.run("solve", "task2", "--alpha1", "2", "--gamma", "1", "--r0", "0",
                "--alpha2", "4.5,5", "--transition");
        assertEquals(0, coarse.exitCode(), coarse.err());
        assertEquals(alphaT(fine.err()), alphaT(coarse.err()), 1e-7);
    }

    private static double alphaT(String err) {
        String marker = "first-order transition at alpha2_t = ";
        String line = err.lines().filter(l -> l.contains(marker)).findFirst().orElseThrow(() -> new AssertionError(err));
        return Double.parseDouble(line.substring(line.indexOf(marker) + marker.length()).trim());
    }
}
