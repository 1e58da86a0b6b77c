package vcl.theory.probe;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vcl.theory.prior.PriorKind;
import vcl.theory.prior.Priors;
import vcl.theory.probe.ValidSpaceProbe.Outcome;

/**
 * The documented space of {@code vcl solve}, probed: α ∈ (0, 50], β ∈ (0, 1000], both priors,
 * q* free or fixed in (0, 1) for task 1; α1, α2 ∈ (0, 50], γ ∈ [0, 100], r0 ∈ [−1, 1] for task 2.
 * A grid with its corners, then random points (log-uniform in α and β). Every point either solves
 * or is reported as not converged (a sweep still running after {@link #BUDGET} seconds counts so,
 * as with {@code --time-limit}); none fails. Tens of minutes: tagged "probe", which the build
 * leaves out unless asked ({@code mvn -pl theory test -Dgroups=probe -DexcludedGroups=}). The
 * random points are drawn once from a fixed seed, so every run probes the same points.
 */
@Tag("probe")
class ValidSpaceProbeLongTest {

    private static final PriorKind[] PRIORS = {Priors.FLAT, Priors.ENTROPY};
    /** Time budget of one sweep in seconds: a sweep still running then counts as not converged. */
    private static final double BUDGET = 120;

    @Test
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

    /** Twelve task-1 points: log10 α in [−3, 1.69], log10 β in [−3, 3], a prior, q* in (0, 1) fixed or free. */
    static Stream<Arguments> task1Points() {
        SplittableRandom random = new SplittableRandom(1);
        return IntStream.range(0, 12).mapToObj(i -> Arguments.of(random.nextDouble(-3, 1.69), random.nextDouble(-3, 3),
                random.nextInt(2), Math.nextUp(random.nextDouble(0, 1)), random.nextBoolean()));
    }

    /** Twelve task-2 points: log10 α1, log10 α2 in [−2, 1.69], log10 β in [−3, 3], γ in [0, 100], r0 in [−1, 1]. */
    static Stream<Arguments> task2Points() {
        SplittableRandom random = new SplittableRandom(2);
        return IntStream.range(0, 12).mapToObj(i -> Arguments.of(random.nextDouble(-2, 1.69),
                random.nextDouble(-2, 1.69), random.nextDouble(-3, 3), random.nextDouble(0, 100),
                random.nextDouble(-1, 1)));
    }

    @ParameterizedTest
    @MethodSource("task1Points")
    void aRandomTask1PointNeverFails(double log10Alpha, double log10Beta, int prior, double qStar, boolean fixQStar) {
        ValidSpaceProbe.Result r = new ValidSpaceProbe(BUDGET).task1(new double[] {Math.pow(10, log10Alpha)},
                Math.pow(10, log10Beta), PRIORS[prior], Math.pow(10, log10Beta), fixQStar ? qStar : Double.NaN);
        System.out.printf("probe %-90s %-14s %7.1f s %s%n", r.point(), r.outcome(), r.seconds(), r.detail());
        assertNotEquals(Outcome.FAILED, r.outcome(), r.point() + ": " + r.detail());
    }

    @ParameterizedTest
    @MethodSource("task2Points")
    void aRandomTask2PointNeverFails(double log10Alpha1, double log10Alpha2, double log10Beta, double gamma,
                                     double r0) {
        ValidSpaceProbe.Result r = new ValidSpaceProbe(BUDGET).task2(Math.pow(10, log10Alpha1), Math.pow(10, log10Beta), gamma,
                r0, new double[] {Math.pow(10, log10Alpha2)});
        System.out.printf("probe %-90s %-14s %7.1f s %s%n", r.point(), r.outcome(), r.seconds(), r.detail());
        assertNotEquals(Outcome.FAILED, r.outcome(), r.point() + ": " + r.detail());
    }
}
