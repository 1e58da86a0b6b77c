package vcl.theory.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vcl.theory.franzparisi.FranzParisiMeasure;
import vcl.theory.franzparisi.ReferenceDensity;
import vcl.theory.franzparisi.SiteVariance;
import vcl.theory.franzparisi.Task2Coupling;
import vcl.theory.franzparisi.Task2Point;
import vcl.theory.franzparisi.Task2Solution;
import vcl.theory.franzparisi.Task2Solver;
import vcl.theory.numerics.GaussHermite;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.numerics.SiteMoments;
import vcl.theory.prior.EntropyPrior;
import vcl.theory.prior.FlatPrior;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.task1.Task1Solver;

/**
 * The task-2 replicon: its reduction to task 1 at γ = 0, the continuity of its two quadrature paths
 * as γ → 0, the averaged site variance against a finite difference of the task-2 measure, and the
 * site factor against a direct triple sum over (B, m1, x).
 */
class Task2RepliconTest {

    private static final double BETA = 20;
    private static final QuadratureSettings Q = QuadratureSettings.DEFAULT;
    private static final Task2Solver SOLVER = Task2Solver.around(2.0, BETA, Q, 1e-12, 400);
    private final Task2Replicon replicon = new Task2Replicon(SOLVER.reference(), BETA, Q);

    private static Task2Solution solve(double alpha2, double gamma, double r0) {
        Task2Point p = new Task2Point(alpha2, gamma, r0);
        Task2Solution s = SOLVER.solve(p, SOLVER.smallAlphaGuess(p));
        assertTrue(s.converged(), "task 2 at " + p);
        return s;
    }

    @Test
    void withoutTheKlPriorTask2IsTask1WithTheSecondTeacher() {
        // γ = 0: the reference drops out, task 2 at α2 is task 1 at α = α2 (teacher 2 instead of 1)
        Task1Solver task1 = new Task1Solver(BETA, new FlatPrior(), Double.NaN, Q, 1e-12, 500, true);
        Replicon rep1 = new Replicon(BETA, new FlatPrior(), Q);
        for (double alpha : new double[] {0.3, 1.0}) {
            double expected = AtLine.eigenvalue(task1, rep1, alpha);
            for (double r0 : new double[] {0.5, -1}) {
                assertEquals(expected, replicon.eigenvalue(solve(alpha, 0, r0)), 1e-8, "alpha2 = " + alpha + ", r0 = " + r0);
            }
        }
    }

    @Test
    void theCoupledSiteFactorTendsToTheFlatOneAsGammaVanishes() {
        // the γ > 0 path (effective-field density ψ and the entropy-weighted site family) against the
        // closed forms of the γ = 0 path, at the same conjugates; the difference is O(βγ)
        Conjugates conj = solve(0.6, 0, 0.5).conjugates();
        double flat = replicon.siteFactor(new Task2Coupling(0, 0.5), conj);
        double tiny = replicon.siteFactor(new Task2Coupling(1e-9, 0.5), conj);
        assertEquals(flat, tiny, 1e-8 * flat);
    }

    @Test
    void theAveragedVarianceIsTheResponseOfTheTeacherOverlapToItsConjugate() {
        // E[⟨m²⟩ − ⟨m⟩²] = ∂r2/∂r̂2 (B² = 1): central difference of the measure's own r2
        Task2Solution s = solve(1.0, 1, 0.5);
        Conjugates c = s.conjugates();
        FranzParisiMeasure measure = SOLVER.measure(1, 0.5);
        double h = 1e-3 * Math.max(1, Math.abs(c.rHat()));
        double up = measure.evaluate(new Conjugates(c.qHat(), c.rHat() + h, c.qStarHat())).r();
        double down = measure.evaluate(new Conjugates(c.qHat(), c.rHat() - h, c.qStarHat())).r();
        double fd = (up - down) / (2 * h);
        double v = new SiteVariance(SOLVER.reference(), BETA, new Task2Coupling(1, 0.5), Q).evaluate(c).meanVariance();
        assertEquals(fd, v, 1e-7 * v);
    }

    @Test
    void theSiteFactorIsTheTripleAverageOverTeacherSignReferenceAndNoise() {
        // direct sum: B = ±1, m1 on the reference's own trapezoid nodes, x by Gauss-Hermite (σ = 1, so
        // the site functions vary on ~√(βγ − 2a) ≈ 4.5 in x), the site variance from the adaptive
        // quadrature of the entropy prior exp(a m² + s m + βγ f(m)) (f differs from the reference
        // coupling's m-part by a constant)
        double gamma = 1;
        double r0 = 0.5;
        Conjugates conj = new Conjugates(1.0, 0.5, 0.2);
        double c = BETA * gamma;
        double a = conj.qStarHat() - 0.5 * conj.qHat();
        ReferenceDensity rho = SOLVER.reference();
        EntropyPrior site = new EntropyPrior(c);
        QuadratureRule x = GaussHermite.rule(40);
        double v1 = 0;
        double v2 = 0;
        for (int b = -1; b <= 1; b += 2) {
            double pb = 0.5 * (1 + b * r0);
            for (int j = 0; j < rho.size(); j++) {
                for (int k = 0; k < x.size(); k++) {
                    SiteMoments m = site.moments(a, x.node(k) + conj.rHat() * b + c * rho.u(j));
                    double w = pb * rho.weight(j) * x.weight(k);
                    v1 += w * m.variance();
                    v2 += w * m.variance() * m.variance();
                }
            }
        }
        SiteVariance.Averages got = new SiteVariance(rho, BETA, new Task2Coupling(gamma, r0), Q).evaluate(conj);
        assertEquals(v1, got.meanVariance(), 1e-9 * v1);
        assertEquals(v2, got.meanSquaredVariance(), 1e-9 * v2);
        assertEquals(v2, replicon.siteFactor(new Task2Coupling(gamma, r0), conj), 1e-9 * v2);
    }

    @Test
    void theKlPriorKeepsTask2ReplicaSymmetricWhereTask1IsNot() {
        // at α2 = 1, β = 20 task 1 (γ = 0) is past its AT point (0.7289); the KL prior γ = 1 holds
        // every site near its reference, and the replicon stays positive
        assertTrue(replicon.eigenvalue(solve(1.0, 0, 0)) < 0);
        double lambda = replicon.eigenvalue(solve(1.0, 1, 0));
        assertTrue(lambda > 0.5 && lambda < 1, "lambda_R = " + lambda);
    }
}
