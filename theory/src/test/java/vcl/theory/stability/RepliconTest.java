package vcl.theory.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vcl.theory.numerics.GaussianTail;
import vcl.theory.prior.FlatPrior;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.task1.Task1Solver;

/** The replicon's two factors against closed forms, finite differences and independent quadrature. */
class RepliconTest {

    @Test
    void atBetaOneTheChannelIsAGaussianTailInClosedForm() {
        // β = 1: K(y) = ∫Dx H(−(y + cx)/s) = H(−y/√(1−q)), so ∂²_y log K = −M(t)(M(t) − t)/(1−q), t = −y/√(1−q)
        ChannelCurvature ch = new ChannelCurvature(1);
        double c = Math.sqrt(0.3);
        double s = Math.sqrt(0.4);
        double v = Math.sqrt(c * c + s * s);
        for (double y : new double[] {-2, -0.3, 0, 0.7, 3}) {
            double t = -y / v;
            double m = GaussianTail.mills(t);
            assertEquals(-m * (m - t) / (v * v), ch.secondDerivative(y, c, s), 1e-11, "y = " + y);
            assertEquals(GaussianTail.logH(t), ch.tilted(y, c, s)[0], 1e-12, "log K at y = " + y);
        }
    }

    @Test
    void theSecondDerivativeIsTheCurvatureOfLogKAndLogKIsTheIntegral() {
        ChannelCurvature ch = new ChannelCurvature(20);
        double c = Math.sqrt(0.02);
        double s = Math.sqrt(0.015);
        for (double y : new double[] {-0.8, -0.1, 0.2, 1.0}) {
            double h = 1e-3;
            double fd = (ch.tilted(y + h, c, s)[0] - 2 * ch.tilted(y, c, s)[0] + ch.tilted(y - h, c, s)[0]) / (h * h);
            assertEquals(fd, ch.secondDerivative(y, c, s), 1e-5 * Math.max(1, Math.abs(fd)), "y = " + y);
            // log K by an independent brute-force trapezoid rule (2e5 points on [−12, 12]; spectrally
            // accurate for this smooth, decaying integrand)
            int n = 200_000;
            double step = 24.0 / n;
            double k = 0;
            for (int i = 0; i <= n; i++) {
                double x = -12 + i * step;
                k += (i == 0 || i == n ? 0.5 : 1) * Math.exp(-0.5 * x * x + 20 * GaussianTail.logH(-(y + c * x) / s));
            }
            assertEquals(Math.log(k * step / Math.sqrt(2 * Math.PI)), ch.tilted(y, c, s)[0], 1e-11, "log K at y = " + y);
        }
    }

    @Test
    void theSiteFactorOfTheFlatMeasureIsTheSquaredVarianceOfTheUniformLaw() {
        // q̂ = r̂ = q̂* = 0: m uniform on [−1, 1], variance 1/3, E_in = 1/9
        Replicon rep = new Replicon(20, new FlatPrior(), QuadratureSettings.DEFAULT);
        assertEquals(1.0 / 9, rep.siteFactor(new Conjugates(0, 0, 0)), 1e-14);
        // a point mass in the limit of a strong field: the variance, and E_in, vanish
        assertTrue(rep.siteFactor(new Conjugates(1e-6, 200, 0)) < 1e-4);
    }

    @Test
    void theRepliconTendsToOneAtSmallLoadAndChangesSignOnThePoorBranchAtBeta20() {
        Task1Solver solver = new Task1Solver(20);
        Replicon rep = new Replicon(20, new FlatPrior(), QuadratureSettings.DEFAULT);
        double small = AtLine.eigenvalue(solver, rep, 1e-3);
        assertEquals(1, small, 1e-3);
        double at = AtLine.poorBranch(solver, rep, 0.5, 1.0);
        assertTrue(at > 0.5 && at < 1.0);
        assertEquals(0, AtLine.eigenvalue(solver, rep, at), 1e-7);
    }

    @Test
    void atBetaOneTheChannelFactorIsTheAverageOfTheClosedFormCurvatureSquared() {
        // χ_out = 2∫Dz H(−ωz) [M(t)(M(t) − t)/(1 − q)]², t = −√q z/√(1 − q): a brute-force trapezoid rule
        // (z on [−12, 12], 2e5 points) on the closed form against the graded rule on the tilted moments
        double q = 0.45;
        double r = 0.4;
        double qStar = 0.7;
        double omega = r / Math.sqrt(q - r * r);
        int n = 200_000;
        double step = 24.0 / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double z = -12 + i * step;
            double t = -Math.sqrt(q) * z / Math.sqrt(1 - q);
            double m = GaussianTail.mills(t);
            double k2 = -m * (m - t) / (1 - q);
            sum += (i == 0 || i == n ? 0.5 : 1) * GaussianTail.density(z) * 2 * GaussianTail.value(-omega * z) * k2 * k2;
        }
        double expected = sum * step;
        assertEquals(expected, new ChannelCurvature(1).value(new vcl.theory.replica.OrderParameters(q, r, qStar)),
                1e-10 * expected);
    }

    @Test
    void atBetaOneTheRepliconLeavesOneWithTheSlopeMinusFourOverNinePiSquared() {
        // α → 0: q, r → 0 and q* → 1/3 (m uniform on [−1, 1], χ_in = 1/9); at β = 1, K(y) = H(−y/√(1 − q))
        // gives ∂²_y log K(0) = −M(0)² = −2/π for both labels, χ_out = 4/π², so λ_R = 1 − 4α/(9π²) + O(α²)
        Task1Solver solver = new Task1Solver(1, new FlatPrior(), Double.NaN, QuadratureSettings.DEFAULT, 1e-13, 500, true);
        Replicon rep = new Replicon(1, new FlatPrior(), QuadratureSettings.DEFAULT);
        double expected = -4 / (9 * Math.PI * Math.PI);
        double alpha = 1e-4;
        double slope = (AtLine.eigenvalue(solver, rep, alpha) - 1) / alpha;
        assertEquals(expected, slope, 1e-3 * Math.abs(expected));
        // the O(α) correction: halving α halves the deviation of the slope
        double half = (AtLine.eigenvalue(solver, rep, alpha / 2) - 1) / (alpha / 2);
        assertEquals(0.5, (half - expected) / (slope - expected), 0.05);
    }
}
