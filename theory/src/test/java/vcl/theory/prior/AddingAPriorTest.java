package vcl.theory.prior;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vcl.theory.franzparisi.ReferenceDensity;
import vcl.theory.franzparisi.Task2Solver;
import vcl.theory.numerics.SiteMoments;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.EntropicAverages;
import vcl.theory.replica.EntropicTerm;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SingleSiteMeasure;
import vcl.theory.task1.Task1Solution;

/**
 * The worked example of adding a prior ({@link QuadraticPrior}, one class, registered here by one
 * {@link Priors#with} line): it is found by name, its moments satisfy an identity with the flat
 * prior, the task-1 solver converges with it and the task-2 reference density accepts it, all
 * without any code that knows the prior's type. Also the registry's own contract.
 */
class AddingAPriorTest {

    private static final Priors REGISTRY = Priors.STANDARD.with(new PriorKind("quadratic",
            "c m^2: c < 0 pulls weights to 0, c > 0 pushes them to +-1", true, (beta, c) -> new QuadraticPrior(c)));

    @Test
    void momentsAreTheFlatPriorsAtTheShiftedQuadraticCoefficient() {
        SingleSiteMeasure flat = Priors.FLAT.measure(20);
        for (double c : new double[] {-3, -0.5, 0.7, 4}) {
            SingleSiteMeasure quadratic = REGISTRY.byLabel("quadratic").measure(20, c);
            for (double a : new double[] {-200, -5, 0, 2.5, 40}) {
                for (double b : new double[] {-300, -1, 0, 0.3, 12}) {
                    SiteMoments x = quadratic.moments(a, b);
                    SiteMoments y = flat.moments(a + c, b);
                    String at = " c=" + c + " a=" + a + " b=" + b;
                    assertEquals(y.logZ(), x.logZ(), 1e-12 * Math.max(1, Math.abs(y.logZ())), "logZ" + at);
                    assertEquals(y.mean(), x.mean(), 1e-12, "mean" + at);
                    assertEquals(y.secondMoment(), x.secondMoment(), 1e-12, "m2" + at);
                    assertEquals(y.meanSign(), x.meanSign(), 1e-12, "sign" + at);
                }
            }
        }
    }

    @Test
    void theEntropicTermSeesTheShiftOfTheSelfOverlapConjugate() {
        double c = -1.5;
        EntropicTerm quadratic = new EntropicTerm(REGISTRY.byLabel("quadratic").measure(20, c), QuadratureSettings.DEFAULT);
        EntropicTerm flat = new EntropicTerm(Priors.FLAT.measure(20), QuadratureSettings.DEFAULT);
        for (Conjugates k : new Conjugates[] {new Conjugates(0.14, 0.03, 0.09), new Conjugates(15.6, 2.4, 9.4)}) {
            EntropicAverages x = quadratic.evaluate(k);
            EntropicAverages y = flat.evaluate(new Conjugates(k.qHat(), k.rHat(), k.qStarHat() + c));
            assertEquals(y.gS(), x.gS(), 1e-11);
            assertEquals(y.q(), x.q(), 1e-11);
            assertEquals(y.r(), x.r(), 1e-11);
            assertEquals(y.qStar(), x.qStar(), 1e-11);
            assertEquals(y.p(), x.p(), 1e-11);
        }
    }

    @Test
    void task1ConvergesAndTheTask2ReferenceAcceptsTheNewPrior() {
        SingleSiteMeasure prior = REGISTRY.byLabel("quadratic").measure(20, -1.0);
        Task1Solution t1 = Task2Solver.task1(1.0, 20, prior, QuadratureSettings.DEFAULT);
        assertTrue(t1.converged(), "converged: " + t1);
        assertEquals("quadratic", t1.prior());
        assertTrue(t1.orderParameters().isInterior() && t1.r() > 0, "physical: " + t1);
        // the pull towards 0 lowers the self overlap below the flat prior's
        Task1Solution flat = Task2Solver.task1(1.0, 20, Priors.FLAT.measure(20), QuadratureSettings.DEFAULT);
        assertTrue(t1.qStar() < flat.qStar(), t1.qStar() + " vs flat " + flat.qStar());
        // the reference density of task 2 is built from the prior's log-weight: its moments are task 1's
        ReferenceDensity rho = ReferenceDensity.of(t1, prior, QuadratureSettings.DEFAULT);
        assertEquals(1, rho.rawMass(), 1e-11);
        assertEquals(t1.r(), rho.mean(), 1e-9);
        assertEquals(t1.qStar(), rho.secondMoment(), 1e-9);
        assertEquals(t1.p(), rho.meanSign(), 1e-9);
    }

    @Test
    void everyRegisteredMeasureCarriesItsLabel() {
        for (PriorKind k : REGISTRY.kinds()) {
            assertEquals(k.label(), k.measure(20, 3).name(), k.label());
        }
        assertEquals(java.util.List.of("flat", "entropy"), Priors.STANDARD.labels());
        assertEquals(java.util.List.of("flat", "entropy", "quadratic"), REGISTRY.labels());
    }

    @Test
    void unknownAndDuplicateLabelsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Priors.STANDARD.byLabel("gaussian"));
        assertTrue(e.getMessage().contains("'gaussian'") && e.getMessage().contains("flat, entropy"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Priors.STANDARD.with(Priors.FLAT));
        assertThrows(IllegalArgumentException.class, () -> new PriorKind("Flat Prior", "x", false, (b, k) -> null));
    }
}
