package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Valid physics is never bad input and never a trace: points that used to crash solve, points
 * beyond double precision are exit 3 with a message naming them, and a time budget ends a sweep
 * with its rows so far.
 */
class SolveValidPhysicsCommandTest {

    private static void assertNoTrace(CliRunner.Result r) {
        assertFalse(r.err().contains("internal error") || r.err().contains("\tat "), r.err());
    }

    @Test
    void aColdSolveAtLargeBetaSolvesLikeTheContinuationThere() {
        CliRunner.Result cold = CliRunner.run("solve", "task1", "--alpha", "3", "--beta", "1000");
        assertEquals(ExitCodes.OK, cold.exitCode(), cold.err());
        CliRunner.Result swept = CliRunner.run("solve", "task1", "--alpha", "0.5:3:0.5", "--beta", "1000");
        assertEquals(ExitCodes.OK, swept.exitCode(), swept.err());
        String[] last = swept.out().strip().split("\n");
        assertEquals(last[last.length - 1], cold.out().strip().split("\n")[1]);
    }

    @Test
    void aTinyFixedSelfOverlapSolves() {
        CliRunner.Result r = CliRunner.run("solve", "task1", "--alpha", "1", "--qstar-fixed", "1e-6");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().strip().endsWith(",true"), r.out());
    }

    @Test
    void aSelfOverlapBeyondDoublePrecisionIsExit3NamingTheLoad() {
        CliRunner.Result r = CliRunner.run("solve", "task1", "--alpha", "0.5", "--beta", "1", "--qstar-fixed", "1e-300");
        assertEquals(ExitCodes.NOT_CONVERGED, r.exitCode(), r.err());
        assertNoTrace(r);
        assertTrue(r.err().contains("no row for alpha = [0.5]"), r.err());
    }

    @Test
    void task2AroundAVeryConfidentReferenceSolves() {
        CliRunner.Result r = CliRunner.run("solve", "task2", "--alpha1", "40", "--beta", "20", "--gamma", "1", "--r0",
                "0.5", "--alpha2", "1");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertNoTrace(r);
    }

    @Test
    void aTimeBudgetEndsTheSweepWithTheRowsSoFarAndExit3() {
        CliRunner.Result r = CliRunner.run("solve", "task1", "--alpha", "0.5,50", "--beta", "20", "--prior", "entropy",
                "--time-limit", "3");
        assertEquals(ExitCodes.NOT_CONVERGED, r.exitCode(), r.err());
        assertNoTrace(r);
        assertTrue(r.err().contains("--time-limit") && r.err().contains("50.0"), r.err());
        assertTrue(r.out().startsWith("alpha,"), r.out());
    }

    @Test
    void aTimeBudgetMustBePositive() {
        CliRunner.Result r = CliRunner.run("solve", "task1", "--alpha", "1", "--time-limit", "0");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("--time-limit must be a finite number > 0"), r.err());
    }
}
