package vcl.theory.probe;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import vcl.theory.prior.PriorKind;
import vcl.theory.prior.Priors;
import vcl.theory.probe.ValidSpaceProbe.Outcome;

/**
 * The documented space of {@code vcl solve}, probed: α ∈ (0, 50], β ∈ (0, 1000], both priors,
 * q* free or fixed in (0, 1) for task 1; α1, α2 ∈ (0, 50], γ ∈ [0, 100], r0 ∈ [−1, 1] for task 2.
 * A grid with its corners, then random points (log-uniform in α and β). Every point either solves
 * or is reported as not converged (a sweep still running after {@link #BUDGET} seconds counts so,
 * as with {@code --time-limit}); none fails. Slow (tens of minutes): CI runs it,
 * {@code -DexcludedGroups=slow} skips it.
 */
@Tag("slow")
class ValidSpaceProbeLongTest {

    private static final PriorKind[] PRIORS = {Priors.FLAT, Priors.ENTROPY};
    /** Time budget of one sweep in seconds: a sweep still running then counts as not converged. */
    private static final double BUDGET = 120;

    @org.junit.jupiter.api.Tag("slow")
    @org.junit.jupiter.api.Test
    void theGridOfTheDocumentedSpaceNeverFails() {
        ValidSpaceProbe probe = new ValidSpaceProbe(BUDGET);
        List<ValidSpaceProbe.Result> results = new ArrayList<>() {
            @Override
            public boolean add(ValidSpaceProbe.Result r) {
                // printed as it goes, so that a point that never ends is seen
                System.out.printf("probe %-90s %-14s %7.1f s %s%n", r.point(), r.outcome(), r.seconds(), r.detail());
                return super.add(r);
            }
        };
        for (double beta : new double[] {1e-3, 1, 20, 1000}) {
            for (PriorKind prior : PRIORS) {
                for (double qStar : new double[] {Double.NaN, 1e-9, 0.5, 1 - 1e-9}) {
                    results.add(probe.task1(new double[] {0.5}, beta, prior, beta, qStar));
                }
                results.add(probe.task1(new double[] {50}, beta, prior, beta, Double.NaN));
            }
            for (double alpha1 : new double[] {0.5, 40}) {
                for (double gamma : new double[] {0, 100}) {
                    for (double r0 : new double[] {-1, 1}) {
                        results.add(probe.task2(alpha1, beta, gamma, r0, new double[] {0.5, 50}));
                    }
                }
                results.add(probe.task2(alpha1, beta, 1, 0, new double[] {0.01, 5}));
            }
        }
        System.out.println("probe grid outcomes: " + probe.counts());
        assertTrue(results.stream().noneMatch(r -> r.outcome() == Outcome.FAILED), probe.counts().toString());
    }

    @Property(tries = 12)
    @Tag("slow")
    void aRandomTask1PointNeverFails(@ForAll @DoubleRange(min = -3, max = 1.69) double log10Alpha,
            @ForAll @DoubleRange(min = -3, max = 3) double log10Beta, @ForAll @IntRange(min = 0, max = 1) int prior,
            @ForAll @DoubleRange(min = 0, max = 1, minIncluded = false, maxIncluded = false) double qStar,
            @ForAll boolean fixQStar) {
        ValidSpaceProbe.Result r = new ValidSpaceProbe(BUDGET).task1(new double[] {Math.pow(10, log10Alpha)},
                Math.pow(10, log10Beta), PRIORS[prior], Math.pow(10, log10Beta), fixQStar ? qStar : Double.NaN);
        System.out.printf("probe %-90s %-14s %7.1f s %s%n", r.point(), r.outcome(), r.seconds(), r.detail());
        assertNotEquals(Outcome.FAILED, r.outcome(), r.point() + ": " + r.detail());
    }

    @Property(tries = 12)
    @Tag("slow")
    void aRandomTask2PointNeverFails(@ForAll @DoubleRange(min = -2, max = 1.69) double log10Alpha1,
            @ForAll @DoubleRange(min = -2, max = 1.69) double log10Alpha2,
            @ForAll @DoubleRange(min = -3, max = 3) double log10Beta,
            @ForAll @DoubleRange(min = 0, max = 100) double gamma, @ForAll @DoubleRange(min = -1, max = 1) double r0) {
        ValidSpaceProbe.Result r = new ValidSpaceProbe(BUDGET).task2(Math.pow(10, log10Alpha1), Math.pow(10, log10Beta), gamma,
                r0, new double[] {Math.pow(10, log10Alpha2)});
        System.out.printf("probe %-90s %-14s %7.1f s %s%n", r.point(), r.outcome(), r.seconds(), r.detail());
        assertNotEquals(Outcome.FAILED, r.outcome(), r.point() + ": " + r.detail());
    }
}
