package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A diverged simulation is exit 3 with its rows marked {@code diverged=true} and the likely cause named. */
class SimulateDivergenceCommandTest {

    @Test
    void aDivergedTask1RunIsExit3WithADivergedRowAndTheCause() {
        CliRunner.Result r = CliRunner.run("simulate", "task1", "--n", "50", "--alpha", "1", "--seeds", "1",
                "--epochs", "20", "--test-size", "100", "--final-only", "--lr", "1");
        assertEquals(ExitCodes.NOT_CONVERGED, r.exitCode(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length, r.out());
        assertTrue(lines[1].endsWith(",NaN,NaN,NaN,NaN,NaN,true"), "no overlap read off NaN fields: " + lines[1]);
        assertTrue(r.err().contains("1 of 1 runs diverged") && r.err().contains("--lr")
                && r.err().contains("--beta-field") && r.err().contains("--weight-decay"), r.err());
    }

    @Test
    void aDivergedTask2RunIsExit3() {
        CliRunner.Result r = CliRunner.run("simulate", "task2", "--n", "50", "--alpha1", "1", "--alpha2", "1",
                "--r0", "0.5", "--gamma", "1", "--seeds", "1", "--epochs", "20", "--test-size", "100",
                "--final-only", "--lr", "1");
        assertEquals(ExitCodes.NOT_CONVERGED, r.exitCode(), r.err());
        assertTrue(r.out().strip().endsWith(",true"), r.out());
    }

    @Test
    void aHealthyRunIsExit0WithDivergedFalse() {
        CliRunner.Result r = CliRunner.run("simulate", "task1", "--n", "50", "--alpha", "1", "--seeds", "1",
                "--epochs", "5", "--test-size", "100", "--final-only");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().strip().endsWith(",false"), r.out());
    }
}
