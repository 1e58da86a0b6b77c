package vcl.experiments.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import vcl.theory.prior.Priors;
import org.junit.jupiter.api.Test;

/** One wording for every range, and each spec checks its values where it is built. */
class RangeTest {

    private static String message(Runnable r) {
        return assertThrows(UserInputException.class, r::run).getMessage();
    }

    @Test
    void everyKindOfRangeHasOneWording() {
        assertEquals("--gamma must be a finite number >= 0 and <= 100, got -1",
                message(() -> SolverRanges.GAMMA.check("--gamma", -1.0)));
        assertEquals("--alpha must be a finite number > 0 and <= 50, got 500",
                message(() -> SolverRanges.ALPHA.check("--alpha", 500.0)));
        assertEquals("--r0 must lie in [-1, 1], got -1.5", message(() -> SolverRanges.R0.check("--r0", -1.5)));
        assertEquals("--qstar-fixed must lie in the open interval (0, 1), got 0",
                message(() -> SolverRanges.QSTAR_FIXED.check("--qstar-fixed", 0.0)));
        assertEquals("--repeats must be an integer >= 1, got 0", message(() -> Range.atLeast(1).check("--repeats", 0)));
        assertEquals("--lr must be a finite number > 0, got NaN",
                message(() -> Range.positive(Double.POSITIVE_INFINITY).check("--lr", Double.NaN)));
    }

    @Test
    void theConstructorAndTheRangesShareTheWording() {
        UserInputException e = new UserInputException("--lr", "a finite number > 0", "-1");
        assertEquals("--lr must be a finite number > 0, got -1", e.getMessage());
        assertEquals("--lr", e.option());
        UserInputException r = assertThrows(UserInputException.class, () -> SolverRanges.R0.check("--r0", 2.0));
        assertEquals("in [-1, 1]", r.allowed());
        assertEquals("--r0", r.option());
        assertEquals("a finite number > 0 and <= 50", SolverRanges.ALPHA.allowed());
    }

    @Test
    void boundsAreInclusiveOrExclusiveAsDocumented() {
        assertEquals(50.0, SolverRanges.ALPHA.check("--alpha", 50.0));
        assertEquals(0.0, SolverRanges.GAMMA.check("--gamma", 0.0));
        assertEquals(-1.0, SolverRanges.R0.check("--r0", -1.0));
        message(() -> SolverRanges.ALPHA.check("--alpha", 0.0));
        message(() -> SolverRanges.BETA.check("--beta", Double.POSITIVE_INFINITY));
    }

    @Test
    void specsValidateInTheirConstructor() {
        SolverSettings s = new SolverSettings(1e-10, 400, false);
        assertEquals("--alpha2 must be a finite number > 0 and <= 50, got 0",
                message(() -> new Task2SolveSpec(2, 20, 1, new double[] {0}, new double[] {1, 0}, false, s)));
        assertEquals("--entropy-k must be a finite number >= 0, got -2",
                message(() -> new Task1SolveSpec(new double[] {1}, 20, Priors.ENTROPY, -2.0, null, false, s)));
        assertEquals("--max-iterations must be an integer >= 1, got 0", message(() -> new SolverSettings(1e-10, 0, false)));
        double[] alpha = {0.5, 1};
        Task1SolveSpec spec = new Task1SolveSpec(alpha, 20, Priors.FLAT, null, null, false, s);
        alpha[0] = 7;
        assertArrayEquals(new double[] {0.5, 1}, spec.alpha(), "the spec keeps its own copy");
        assertEquals(20, spec.strength());
    }
}
