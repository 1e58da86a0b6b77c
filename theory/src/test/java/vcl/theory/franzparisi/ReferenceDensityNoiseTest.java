package vcl.theory.franzparisi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vcl.theory.prior.FlatPrior;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.task1.Task1Solution;

/**
 * The reference density at conjugates so large (q̂1 ~ 1e6 to 1e11) that its rounding noise exceeds
 * the trapezoid tolerance of 1e-14: the halving stops at the noise, and the moment identities
 * ∫ρ m1 = r1, ∫ρ m1² = q1* still hold to the noise (about ulp(1) times the largest exponent term).
 */
class ReferenceDensityNoiseTest {

    @Test
    void momentsHoldToTheRoundingNoiseAtVeryLargeConjugates() {
        check(40, 20, 1e-10);
        check(10, 1000, 1e-8);
        check(50, 1000, 1e-7);
    }

    private static void check(double alpha1, double beta, double tolerance) {
        FlatPrior prior = new FlatPrior();
        Task1Solution t1 = Task2Solver.task1(alpha1, beta, prior, QuadratureSettings.DEFAULT);
        assertTrue(t1.converged());
        ReferenceDensity rho = ReferenceDensity.of(t1, prior, QuadratureSettings.DEFAULT);
        double mass = 0;
        double m1 = 0;
        double m2 = 0;
        for (int j = 0; j < rho.size(); j++) {
            mass += rho.weight(j);
            m1 += rho.weight(j) * rho.m1(j);
            m2 += rho.weight(j) * rho.m1(j) * rho.m1(j);
        }
        String at = "alpha1=" + alpha1 + " beta=" + beta;
        assertEquals(1, mass, tolerance, "mass " + at);
        assertEquals(t1.r(), m1, tolerance, "r1 " + at);
        assertEquals(t1.qStar(), m2, tolerance, "q1* " + at);
        assertEquals(t1.r(), rho.mean(), tolerance, "mean " + at);
        assertEquals(t1.qStar(), rho.secondMoment(), tolerance, "second moment " + at);
    }
}
