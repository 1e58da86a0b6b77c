package vcl.theory.replica;

import vcl.theory.prior.FlatPrior;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vcl.theory.numerics.SiteMoments;

/**
 * Independent Monte Carlo estimates of the right-hand sides of the saddle-point equations at one
 * point, against the deterministic quadratures, within 4 standard errors.
 *
 * <p>Energetic side: (teacher, student) fields sampled jointly, {@code v ~ N(0,1)}, z with
 * correlation {@code r/√q} (instead of the weight {@code H(−ωz)}), the inner x-average by a plain
 * 1200-point trapezoid on [−12, 12] (not the graded rule). Entropic side: z sampled directly.
 */
class MonteCarloCheckTest {

    private static final OrderParameters POINT = new OrderParameters(0.54, 0.38, 0.68);
    private static final double BETA = 20;
    private static final double ALPHA = 0.5;

    @Test
    void energeticRightHandSidesAgreeWithMonteCarlo() {
        EnergeticDerivatives d = new EnergeticTerm(BETA).evaluate(POINT);
        double q = POINT.q();
        double s = Math.sqrt(1 - POINT.qStar());
        double c = Math.sqrt(POINT.qStar() - q);
        double rho = POINT.r() / Math.sqrt(q);
        SplittableRandom rng = new SplittableRandom(20230714L);
        int n = 20_000;
        double[] ge = new double[n];
        double[] qsHat = new double[n];
        for (int i = 0; i < n; i++) {
            double v = gaussian(rng);
            double z = rho * v + Math.sqrt(1 - rho * rho) * gaussian(rng);
            BruteForceInner inner = new BruteForceInner(BETA, Math.sqrt(q) * z, c, s, 12, 1201, false);
            double teacherPositive = v >= 0 ? 2 : 0;
            ge[i] = teacherPositive * inner.logK;
            qsHat[i] = teacherPositive * ALPHA * BETA * (BETA - 1) * inner.meanM2 / (2 * s * s);
        }
        assertWithin(d.value(), ge, "G_E");
        assertWithin(ALPHA * d.dqStar(), qsHat, "q*^ = alpha dG_E/dq*");
    }

    @Test
    void entropicRightHandSidesAgreeWithMonteCarlo() {
        Conjugates conj = new Conjugates(15.58, 2.44, 9.40);
        EntropicAverages avg = new EntropicTerm(new FlatPrior(), QuadratureSettings.DEFAULT).evaluate(conj);
        SplittableRandom rng = new SplittableRandom(7L);
        int n = 100_000;
        double[][] samples = new double[5][n];
        double a = conj.qStarHat() - 0.5 * conj.qHat();
        for (int i = 0; i < n; i++) {
            SiteMoments m = new FlatPrior().moments(a, Math.sqrt(conj.qHat()) * gaussian(rng) + conj.rHat());
            samples[0][i] = m.mean() * m.mean();
            samples[1][i] = m.mean();
            samples[2][i] = m.secondMoment();
            samples[3][i] = m.meanSign();
            samples[4][i] = m.logZ();
        }
        assertWithin(avg.q(), samples[0], "q = E<m>^2");
        assertWithin(avg.r(), samples[1], "r = E<m>");
        assertWithin(avg.qStar(), samples[2], "q* = E<m^2>");
        assertWithin(avg.p(), samples[3], "p = E<sign m>");
        assertWithin(avg.gS(), samples[4], "G_S");
    }

    private static void assertWithin(double expected, double[] samples, String what) {
        double mean = 0;
        for (double x : samples) {
            mean += x;
        }
        mean /= samples.length;
        double var = 0;
        for (double x : samples) {
            var += (x - mean) * (x - mean);
        }
        double se = Math.sqrt(var / (samples.length - 1) / samples.length);
        System.out.printf("MC %s: quadrature %.8f, Monte Carlo %.8f ± %.1e (%.2f SE)%n", what, expected, mean, se,
                (mean - expected) / se);
        assertEquals(expected, mean, 4 * se, what);
    }

    private static double gaussian(SplittableRandom rng) {
        // Box-Muller (one of the pair), independent of any library sampler
        double u1 = 1 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
