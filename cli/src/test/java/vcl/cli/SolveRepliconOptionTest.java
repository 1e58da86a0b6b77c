package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vcl.experiments.solve.Task1Solve;
import vcl.experiments.solve.Task2Solve;

/** {@code --replicon} of {@code solve task1/task2}: one more column, last; without it the contract's columns. */
class SolveRepliconOptionTest {

    private static List<String> with(List<String> columns) {
        List<String> out = new ArrayList<>(columns);
        out.add("replicon");
        return out;
    }

    @Test
    void task1RowsGetTheRepliconWhichChangesSignAtTheAtPoint() {
        // β = 20, poor branch: λ_R → 1 at small α, 0 at α_AT = 0.728926, negative beyond
        CliRunner.Result r = CliRunner.run("solve", "task1", "--alpha", "0.01,0.7,0.76", "--beta", "20", "--replicon");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(String.join(",", with(Task1Solve.COLUMNS)), lines.get(0));
        double[] lambda = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[Task1Solve.COLUMNS.size()]))
                .toArray();
        assertEquals(3, lambda.length);
        assertTrue(lambda[0] > 0.99 && lambda[0] < 1, "alpha = 0.01: " + lambda[0]);
        assertTrue(lambda[1] > 0 && lambda[2] < 0, lines.toString());
        CliRunner.Result plain = CliRunner.run("solve", "task1", "--alpha", "0.01", "--beta", "20");
        assertEquals(String.join(",", Task1Solve.COLUMNS), plain.out().lines().findFirst().orElseThrow());
    }

    @Test
    void task2RowsGetTheRepliconAndJsonNamesTheOption() {
        CliRunner.Result r = CliRunner.run("solve", "task2", "--alpha1", "2", "--gamma", "1", "--r0", "0", "--alpha2", "1",
                "--replicon", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"replicon\": true"), r.out());
        CliRunner.Result csv = CliRunner.run("solve", "task2", "--alpha1", "2", "--gamma", "1", "--r0", "0", "--alpha2", "1",
                "--replicon");
        List<String> lines = csv.out().lines().toList();
        assertEquals(String.join(",", with(Task2Solve.COLUMNS)), lines.get(0));
        double lambda = Double.parseDouble(lines.get(1).split(",")[Task2Solve.COLUMNS.size()]);
        assertTrue(lambda > 0.5 && lambda < 1, "gamma = 1, alpha2 = 1: " + lambda);
    }
}
