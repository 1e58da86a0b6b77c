package vcl.theory.franzparisi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vcl.theory.replica.EntropicAverages;
import vcl.theory.replica.EntropicTerm;
import vcl.theory.prior.EntropyPrior;
import vcl.theory.prior.FlatPrior;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SingleSiteMeasure;
import vcl.theory.task1.Task1Solution;

/** ρ(m1): normalisation and the moment identities ∫ρ m1 = r1, ∫ρ m1² = q1*, ∫ρ sign m1 = p1. */
class ReferenceDensityTest {

    @Test
    void normalisedAndMomentsAreTheTask1OrderParameters() {
        check(new FlatPrior(), 2.0);
        check(new FlatPrior(), 0.5);
        check(new EntropyPrior(20), 1.0);
    }

    private static void check(SingleSiteMeasure prior, double alpha1) {
        Task1Solution t1 = Task2Solver.task1(alpha1, 20, prior, QuadratureSettings.DEFAULT);
        ReferenceDensity rho = ReferenceDensity.of(t1, prior, QuadratureSettings.DEFAULT);
        double mass = 0;
        double m1 = 0;
        double m2 = 0;
        for (int j = 0; j < rho.size(); j++) {
            mass += rho.weight(j);
            m1 += rho.weight(j) * rho.m1(j);
            m2 += rho.weight(j) * rho.m1(j) * rho.m1(j);
            assertEquals(1 + rho.m1(j), rho.onePlusM1(j), 1e-15);
            assertEquals(1 - rho.m1(j), rho.oneMinusM1(j), 1e-15);
        }
        String at = prior.name() + " alpha1=" + alpha1;
        assertEquals(1, mass, 1e-12, "mass " + at);
        assertEquals(1, rho.rawMass(), 1e-11, "unnormalised mass " + at);
        // the image of the entropic side at the solution's conjugates: the same quantities
        EntropicAverages img = new EntropicTerm(prior, QuadratureSettings.DEFAULT).evaluate(t1.conjugates());
        assertEquals(img.r(), rho.mean(), 1e-10, "int rho m1 = r1 " + at);
        assertEquals(img.qStar(), rho.secondMoment(), 1e-10, "int rho m1^2 = q1* " + at);
        assertEquals(img.p(), rho.meanSign(), 1e-12, "int rho sign m1 = p1 " + at);
        assertEquals(rho.mean(), m1, 1e-10);
        assertEquals(rho.secondMoment(), m2, 1e-10);
        assertEquals(t1.r(), rho.mean(), 1e-9, "solution r1 " + at);
        assertEquals(t1.qStar(), rho.secondMoment(), 1e-9, "solution q1* " + at);
        // refining the z rule changes nothing at 1e-12
        ReferenceDensity fine = ReferenceDensity.of(t1, prior, QuadratureSettings.DEFAULT.refined());
        assertEquals(fine.mean(), rho.mean(), 1e-11);
        assertEquals(fine.secondMoment(), rho.secondMoment(), 1e-11);
    }

    @Test
    void boundaryLayersAreResolvedAndTheDensityIsConsistent() {
        ReferenceDensity rho = Reference.SOLVER.reference();
        // at alpha1 = 2 most mass is in the boundary layer 1 - m1 < 0.1
        double layer = 0;
        double nearOne = 0;
        for (int j = 0; j < rho.size(); j++) {
            if (rho.oneMinusM1(j) < 0.1) {
                layer += rho.weight(j);
            }
            if (rho.oneMinusM1(j) < 1e-8) {
                nearOne += rho.weight(j);
            }
        }
        assertTrue(layer > 0.5, "mass in the boundary layer " + layer);
        assertTrue(nearOne > 0 && nearOne < 1e-3, "mass within 1e-8 of 1: " + nearOne);
        // the pointwise density agrees with the tabulated one; rho(m1) = rho~(u)/(1 - m1^2)
        for (int j = 0; j < rho.size(); j += 37) {
            double u = rho.u(j);
            assertEquals(rho.weight(j) / rho.step(), rho.densityU(u), 1e-12 * (1 + rho.densityU(u)));
            double m = rho.m1(j);
            if (Math.abs(m) < 0.999) {
                assertEquals(rho.densityU(u) / ((1 - m) * (1 + m)), rho.density(m), 1e-9 * rho.density(m));
            }
        }
    }
}
