package vcl.theory.gibbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vcl.theory.numerics.GaussianTail;
import vcl.theory.replica.EnergeticDerivatives;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.QuadratureSettings;

/** The Gibbs channel against a brute-force rule, finite differences, Monte Carlo and its two limits. */
class GibbsChannelTest {

    private static GibbsChannel channel(double beta) {
        return new GibbsChannel(beta, QuadratureSettings.DEFAULT);
    }

    /** G_E on a uniform trapezoid rule with 400 001 points on [−12, 12] (exponentially accurate for this integrand). */
    private static double bruteForce(GibbsChannel c, double q, double r, double qs) {
        double omega = r / Math.sqrt(q - r * r);
        double k = Math.sqrt(q / (qs - q));
        int n = 400_000;
        double h = 24.0 / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double z = -12 + i * h;
            double w = (i == 0 || i == n) ? 0.5 : 1;
            sum += w * GaussianTail.density(z) * 2 * GaussianTail.value(-omega * z) * c.logWeight(k * z);
        }
        return sum * h;
    }

    @ParameterizedTest
    @CsvSource({"Infinity, 0.3, 0.3, 1", "Infinity, 0.85, 0.85, 1", "Infinity, 0.5, 0.6, 1", "3, 0.4, 0.5, 1",
        "0.5, 0.2, 0.35, 1", "3, 0.4, 0.5, 0.8"})
    void valueEqualsABruteForceRule(double beta, double q, double r, double qs) {
        GibbsChannel c = channel(beta);
        assertEquals(bruteForce(c, q, r, qs), c.evaluate(new OrderParameters(q, r, qs)).value(), 1e-11);
    }

    @ParameterizedTest
    @CsvSource({"Infinity, 0.3, 0.3, 1", "Infinity, 0.85, 0.85, 1", "Infinity, 0.5, 0.6, 1", "3, 0.4, 0.5, 1",
        "3, 0.4, 0.5, 0.8"})
    void derivativesEqualFiniteDifferences(double beta, double q, double r, double qs) {
        GibbsChannel c = channel(beta);
        EnergeticDerivatives e = c.evaluate(new OrderParameters(q, r, qs));
        double h = 1e-4;
        double dq = fourthOrder(x -> c.evaluate(new OrderParameters(q + x, r, qs)).value(), h);
        double dr = fourthOrder(x -> c.evaluate(new OrderParameters(q, r + x, qs)).value(), h);
        assertEquals(dq, e.dq(), 1e-8);
        assertEquals(dr, e.dr(), 1e-8);
        if (qs < 1) {
            double dqs = fourthOrder(x -> c.evaluate(new OrderParameters(q, r, qs + x)).value(), h);
            assertEquals(dqs, e.dqStar(), 1e-8);
        }
    }

    private static double fourthOrder(java.util.function.DoubleUnaryOperator f, double h) {
        return (f.applyAsDouble(-2 * h) - 8 * f.applyAsDouble(-h) + 8 * f.applyAsDouble(h) - f.applyAsDouble(2 * h))
                / (12 * h);
    }

    /**
     * Monte Carlo of the channel's definition: a teacher field v and the replicas' common student
     * field √q z with covariance r; the log-weight of the example labelled sign v. 10⁶ samples.
     */
    @ParameterizedTest
    @CsvSource({"Infinity, 0.5, 0.6", "2, 0.4, 0.5"})
    void valueEqualsMonteCarloOfTheDefinition(double beta, double q, double r) {
        GibbsChannel c = channel(beta);
        double k = Math.sqrt(q / (1 - q));
        SplittableRandom rnd = new SplittableRandom(7);
        int n = 1_000_000;
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            double z = gaussian(rnd);
            double v = r / Math.sqrt(q) * z + Math.sqrt(1 - r * r / q) * gaussian(rnd);
            double l = c.logWeight(Math.signum(v) * k * z);
            sum += l;
            sum2 += l * l;
        }
        double mean = sum / n;
        double sigma = Math.sqrt((sum2 / n - mean * mean) / n);
        assertEquals(mean, c.evaluate(new OrderParameters(q, r, 1)).value(), 5 * sigma);
    }

    private static double gaussian(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }

    /** At large β the finite-temperature channel is the exact zero-temperature one (differences of order e^{−β}). */
    @Test
    void largeBetaTendsToTheVersionSpaceChannel() {
        OrderParameters op = new OrderParameters(0.6, 0.65, 1);
        EnergeticDerivatives zero = channel(Double.POSITIVE_INFINITY).evaluate(op);
        EnergeticDerivatives large = channel(60).evaluate(op);
        assertEquals(zero.value(), large.value(), 1e-13);
        assertEquals(zero.dq(), large.dq(), 1e-12);
        assertEquals(zero.dr(), large.dr(), 1e-12);
        double at10 = channel(10).evaluate(op).value() - zero.value();
        double at12 = channel(12).evaluate(op).value() - zero.value();
        assertTrue(at10 > 0, "a finite temperature weighs misclassified examples by e^-beta > 0");
        assertEquals(Math.exp(-2), at12 / at10, 0.02 * Math.exp(-2));
    }

    /** High temperature: G_E/β → −arccos(r/√q*)/π, minus the average training error of a random student at overlap r. */
    @ParameterizedTest
    @CsvSource({"0.3, 0.4, 1", "0.7, 0.8, 1", "0.2, 0.3, 0.6"})
    void smallBetaIsTheAnnealedTrainingError(double q, double r, double qs) {
        double beta = 1e-6;
        double g = channel(beta).evaluate(new OrderParameters(q, r, qs)).value();
        assertEquals(-Math.acos(r / Math.sqrt(qs)) / Math.PI, g / beta, 1e-6);
    }

    @Test
    void rejectsNonPositiveBetaAndPointsOutsideItsDomain() {
        assertThrows(IllegalArgumentException.class, () -> channel(0));
        assertThrows(IllegalArgumentException.class, () -> channel(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> channel(1).evaluate(new OrderParameters(0.5, 0.5, 0.5)));
    }
}
