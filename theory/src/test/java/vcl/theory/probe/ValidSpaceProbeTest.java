package vcl.theory.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import vcl.theory.prior.Priors;
import vcl.theory.probe.ValidSpaceProbe.Outcome;

/**
 * Valid physics never crashes: a small grid of the documented space, corners included, and the
 * points that used to throw, solved the way {@code vcl solve} solves them. Each either solves or is
 * reported as not converged; none fails. The whole space is probed by {@link ValidSpaceProbeLongTest}.
 */
class ValidSpaceProbeTest {

    private final ValidSpaceProbe probe = new ValidSpaceProbe();

    private void assertSolved(ValidSpaceProbe.Result r) {
        assertEquals(Outcome.SOLVED, r.outcome(), r.point() + ": " + r.detail());
    }

    private void assertNotFailed(ValidSpaceProbe.Result r) {
        assertNotEquals(Outcome.FAILED, r.outcome(), r.point() + ": " + r.detail());
    }

    @Test
    void task1AtLargeBetaSolvesColdWhereItOnceRoundedOntoQStarOne() {
        // the large-α guess used to give an image with q* = 1.0 exactly and throw
        assertSolved(probe.task1(new double[] {3}, 1000, Priors.FLAT, 1000, Double.NaN));
    }

    @Test
    void aTinyFixedSelfOverlapIsReached() {
        // q̂* ≈ −1/(2q*) = −5e8: beyond the old bracket of 1e8
        assertSolved(probe.task1(new double[] {1}, 20, Priors.FLAT, 20, 1e-9));
    }

    @Test
    void fixedSelfOverlapsAtTheEdgesOfTheirRangeNeverFail() {
        // at q* = 1 − 1e-9 the energetic derivatives are out of reach (q̂ < 0 by rounding): not converged
        assertNotFailed(probe.task1(new double[] {0.5}, 1e-3, Priors.FLAT, 1e-3, 1e-9));
        assertNotFailed(probe.task1(new double[] {0.5}, 1, Priors.FLAT, 1, 1 - 1e-9));
    }

    @Test
    void task1CornersOfTheSpaceNeverFail() {
        for (double beta : new double[] {1e-3, 1, 1000}) {
            for (double alpha : new double[] {1e-3, 2}) {
                assertSolved(probe.task1(new double[] {alpha}, beta, Priors.FLAT, beta, Double.NaN));
            }
        }
        assertSolved(probe.task1(new double[] {1e-3, 1}, 1000, Priors.ENTROPY, 1000, Double.NaN));
        assertSolved(probe.task1(new double[] {1}, 1, Priors.ENTROPY, 0, Double.NaN));
    }

    @Test
    void task2AroundAReferenceOfVeryLargeConjugatesSolves() {
        // the reference density's trapezoid rule used to give up at α1 = 40 and 50 (β = 20) and at
        // α1 = 10 (β = 1000): its rounding noise is above 1e-14 there
        assertSolved(probe.task2(40, 20, 1, 0.5, new double[] {1}));
        assertSolved(probe.task2(50, 20, 1, 0.5, new double[] {1}));
        assertSolved(probe.task2(10, 1000, 1, 0.5, new double[] {1}));
    }

    @Test
    void task2CornersOfTheCouplingNeverFail() {
        assertNotFailed(probe.task2(1, 20, 100, -1, new double[] {0.5, 50}));
        assertNotFailed(probe.task2(1, 20, 0, 1, new double[] {50}));
    }
}
