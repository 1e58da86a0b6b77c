package vcl.theory.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vcl.theory.franzparisi.Task2Point;
import vcl.theory.franzparisi.Task2Solution;
import vcl.theory.franzparisi.Task2Solver;
import vcl.theory.numerics.NumericalLimitException;
import vcl.theory.prior.FlatPrior;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * The Franz-Parisi potential against independent things: the task-1 solver at the unconstrained
 * optimum, finite differences of its own free entropy, a Monte Carlo estimate of the joint energetic
 * term, and the strong-coupling limit of task 2.
 */
class PotentialTest {

    private static final double BETA = 20;
    private static final Task1Solution TASK1 = new Task1Solver(BETA).stable(1.3);
    private static final PotentialModel MODEL = new PotentialModel(Reference.of(TASK1, new FlatPrior()),
            QuadratureSettings.DEFAULT, true);

    @Test
    void atTheTypicalOverlapTheConstrainedSystemIsOneMoreTask1Replica() {
        PotentialSolver solver = new PotentialSolver(MODEL, 1e-10, 50);
        double q1 = TASK1.q();
        PotentialPoint p = solver.solve(q1, solver.naturalOrder(), TASK1.conjugates().qHat());
        assertTrue(p.converged(), "converged: " + p);
        assertEquals(TASK1.phi(), p.v(), 1e-9, "V(d*) = task-1 free entropy");
        assertEquals(0, p.lagrangeField(), 1e-8, "no field holds d* = q1");
        // the site images reproduce the task-1 order parameters: d* = q1 is self-consistent
        assertEquals(q1, p.order().q(), 1e-9);
        assertEquals(q1, p.order().p(), 1e-9);
        assertEquals(TASK1.r(), p.order().r(), 1e-9);
        assertEquals(TASK1.qStar(), p.order().qStar(), 1e-9);
        double qHat1 = TASK1.conjugates().qHat();
        assertEquals(qHat1, p.conjugates().qHat(), 1e-9 * qHat1, "q^ = task-1 q^");
        assertEquals(qHat1, p.conjugates().pHat(), 1e-9 * qHat1, "p^ = task-1 q^");
        assertEquals(qHat1, p.conjugates().dHat(), 1e-9 * qHat1, "site coupling d^ = task-1 q^");
        assertEquals(TASK1.conjugates().rHat(), p.conjugates().rHat(), 1e-9 * qHat1);
        assertEquals(TASK1.conjugates().qStarHat(), p.conjugates().qStarHat(), 1e-9 * qHat1);
        assertEquals(TASK1.p(), p.pSign(), 1e-9, "clipped teacher overlap of task 1");
    }

    @Test
    void theJointEnergeticTermIsTheFourFieldGaussianAverage() {
        // a point away from d*: all four fields correlated, B, ρ, τ nonzero
        CoupledOrder op = new CoupledOrder(0.92, 0.70, 0.935, 0.89, 0.91);
        double[] co = MODEL.energetic().coordinates(op);
        assertTrue(co[1] != 0 && co[2] != 0 && co[3] > 0, "a generic point");
        double quadrature = MODEL.energetic().evaluate(op).value();
        // Monte Carlo, each sample a draw of the integrand's own law: (v, u) by a Cholesky factor, the
        // reference replica's field λ1 = u + c1 x1 from its tilted law H(−λ1/s1)^β Dx1 / K1(u) (drawn
        // from the fine discrete rule of that law, not its Gauss reduction), then h given (v, u, λ1) by Gaussian regression on the covariance of section 3;
        // the sample is 2·log K(h), K by the tilted rule (labels folded onto v > 0)
        double q1 = TASK1.q();
        double r1 = TASK1.r();
        double qs1 = TASK1.qStar();
        double[][] cov = {{1, r1, r1}, {r1, q1, q1}, {r1, q1, qs1}};
        double[] cross = {op.r(), op.p(), op.d()};
        double[] coef = solve3(cov, cross);
        double sd = Math.sqrt(op.q() - (coef[0] * cross[0] + coef[1] * cross[1] + coef[2] * cross[2]));
        double[][] l = cholesky(new double[][] {{1, r1}, {r1, q1}});
        double c1 = Math.sqrt(qs1 - q1);
        double s1 = Math.sqrt(1 - qs1);
        double c = Math.sqrt(op.qStar() - op.q());
        double s = Math.sqrt(1 - op.qStar());
        SplittableRandom rng = new SplittableRandom(11);
        int n = 40_000;
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            double g0 = gauss(rng);
            double g1 = gauss(rng);
            double sign = Math.signum(g0);
            double v = sign * g0;
            double u = sign * (l[1][0] * g0 + l[1][1] * g1);
            TiltedRule own = TiltedRule.of(BETA, u, c1, s1, QuadratureSettings.DEFAULT);
            double pick = rng.nextDouble();
            int j = 0;
            for (double acc = own.weight[0]; acc < pick && j < own.size() - 1; acc += own.weight[++j]) {
                // categorical draw from the tilted law's fine discrete rule
            }
            double lambda = u + c1 * own.x[j];
            double h = coef[0] * v + coef[1] * u + coef[2] * lambda + sd * gauss(rng);
            double f = TiltedRule.of(BETA, h, c, s, QuadratureSettings.DEFAULT).logK;
            sum += f;
            sum2 += f * f;
        }
        double mean = sum / n;
        double error = Math.sqrt((sum2 / n - mean * mean) / n);
        assertEquals(mean, quadrature, 4 * error, "Monte Carlo " + mean + " ± " + error);
        assertTrue(error < 0.01 * Math.abs(mean), "a meaningful check: error " + error);
    }

    @Test
    void theJointDerivativesAreThoseOfTheQuadrature() {
        CoupledOrder op = new CoupledOrder(0.92, 0.70, 0.935, 0.89, 0.91);
        JointDerivatives e = MODEL.energetic().evaluate(op);
        double h = 1e-5;
        double[] analytic = {e.dq(), e.dr(), e.dqStar(), e.dp(), e.dd()};
        for (int k = 0; k < 5; k++) {
            double fd = (value(op, k, h) - value(op, k, -h)) / (2 * h);
            assertEquals(fd, analytic[k], 1e-5 * Math.max(1, Math.abs(fd)), "derivative " + k);
        }
    }

    @Test
    @Tag("slow")
    void theSlopeOfVIsMinusTheLagrangeField() {
        PotentialSolver solver = new PotentialSolver(MODEL, 1e-11, 200);
        double d = TASK1.q() - 0.002;
        double h = 2e-4;
        PotentialPoint mid = solver.solve(d, solver.naturalOrder(), TASK1.conjugates().qHat());
        PotentialPoint up = solver.solve(d + h, mid.order(), mid.conjugates().dHat());
        PotentialPoint down = solver.solve(d - h, mid.order(), mid.conjugates().dHat());
        assertTrue(mid.converged() && up.converged() && down.converged());
        double slope = (up.v() - down.v()) / (2 * h);
        assertEquals(-mid.lagrangeField(), slope, 1e-4 * Math.max(1, Math.abs(slope)), "dV/dd = -eps");
        assertTrue(mid.v() < TASK1.phi(), "V below its maximum away from d*");
    }

    @Test
    void theAdmissibleOverlapsEndWhereTheSystemSitsOnItsReference() {
        // d = q1*, with q = q* = q1* and p = q1, r = r1: the constrained field is the reference's own
        // (τ = 0); beyond it the covariance is not positive
        double qs1 = TASK1.qStar();
        double[] co = MODEL.energetic().coordinates(new CoupledOrder(qs1 - 1e-14, TASK1.r(), qs1, TASK1.q(), qs1));
        assertEquals(0, co[3], 1e-5, "tau = 0 on the reference");
        assertThrows(NumericalLimitException.class, () -> MODEL.energetic().coordinates(
                new CoupledOrder(qs1 - 1e-14, TASK1.r(), qs1, TASK1.q(), qs1 + 1e-4)));
    }

    @Test
    @Tag("slow")
    void task2AtStrongCouplingSitsOnItsReferenceAsVDoesAtDEqualsQ1Star() {
        Task2Solver solver = Task2Solver.around(1.3, BETA, QuadratureSettings.DEFAULT, 1e-10, 400);
        Task2Point p = new Task2Point(0.01, 50, 0);
        Task2Solution s = solver.solve(p, solver.smallAlphaGuess(p));
        assertTrue(s.converged());
        // pinned on m1: its replicas coincide (q2 = q2*) and its self overlap is the reference's q1*
        assertEquals(TASK1.qStar(), s.orderParameters().qStar(), 2e-2);
        assertEquals(s.orderParameters().qStar(), s.orderParameters().q(), 2e-2);
    }

    private static double value(CoupledOrder op, int k, double h) {
        double[] x = {op.q(), op.r(), op.qStar(), op.p(), op.d()};
        x[k] += h;
        return MODEL.energetic().evaluate(new CoupledOrder(x[0], x[1], x[2], x[3], x[4])).value();
    }

    private static double gauss(SplittableRandom rng) {
        double u1 = rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Solves the 3×3 system a·x = b by Cramer's rule. */
    private static double[] solve3(double[][] a, double[] b) {
        double det = det3(a);
        double[] x = new double[3];
        for (int k = 0; k < 3; k++) {
            double[][] m = {a[0].clone(), a[1].clone(), a[2].clone()};
            for (int i = 0; i < 3; i++) {
                m[i][k] = b[i];
            }
            x[k] = det3(m) / det;
        }
        return x;
    }

    private static double det3(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    private static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(s) : s / l[j][j];
            }
        }
        return l;
    }
}
