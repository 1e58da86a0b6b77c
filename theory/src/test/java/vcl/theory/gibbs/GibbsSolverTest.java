package vcl.theory.gibbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vcl.theory.numerics.SiteMoments;
import vcl.theory.prior.Priors;
import vcl.theory.replica.EntropicTerm;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.ReplicaModel;

/** The Gibbs-learning saddle point against independent facts: Nishimori, small α, high temperature, envelope. */
class GibbsSolverTest {

    private static final double ZERO_T = Double.POSITIVE_INFINITY;

    /** Zero temperature: the Gibbs posterior is the Bayes posterior, so q = r, and q̂ = r̂, although the iteration starts off that line. */
    @ParameterizedTest
    @ValueSource(doubles = {0.3, 1.0, 1.4})
    void nishimoriIdentityHoldsAtZeroTemperature(double alpha) {
        GibbsSolution s = new GibbsSolver(ZERO_T).solve(alpha, new OrderParameters(0.3, 0.5, 1));
        assertTrue(s.converged());
        assertEquals(s.r(), s.q(), 1e-11);
        assertEquals(s.conjugates().rHat(), s.conjugates().qHat(), 1e-9 * (1 + s.conjugates().qHat()));
        assertEquals(1, s.qStar());
    }

    /** At a finite temperature the student is not Bayes-optimal: q differs from r (q &lt; r). */
    @Test
    void nishimoriFailsAtFiniteTemperature() {
        GibbsSolution s = new GibbsSolver(1).solve(1.5, new OrderParameters(0.3, 0.5, 1));
        assertTrue(s.converged());
        assertTrue(s.r() - s.q() > 0.05, "q = " + s.q() + ", r = " + s.r());
    }

    /** Small α at zero temperature: q̂ = r̂ → 2α/π (the sign channel's Fisher information at q = 0), r → 2α/π. */
    @Test
    void smallLoadGivesTwoAlphaOverPi() {
        GibbsSolver solver = new GibbsSolver(ZERO_T);
        double[] deviation = new double[2];
        double[] alphas = {1e-3, 1e-4};
        for (int i = 0; i < 2; i++) {
            GibbsSolution s = solver.solve(alphas[i], solver.lowLoadGuess(alphas[i]));
            deviation[i] = s.r() / (2 * alphas[i] / Math.PI) - 1;
        }
        assertTrue(Math.abs(deviation[0]) < 1e-3, "relative deviation " + deviation[0]);
        // the deviation is linear in α
        assertEquals(10, deviation[0] / deviation[1], 0.1);
    }

    /**
     * High temperature (β → 0 at fixed α̃ = αβ): q = r² and r solves atanh(r)√(1 − r²) = α̃/π, the
     * maximum of the binary entropy at overlap r minus α̃ arccos(r)/π.
     */
    @Test
    void highTemperatureLimitIsTheAnnealedClosedForm() {
        double alphaTilde = 2;
        double beta = 1e-5;
        GibbsSolver solver = new GibbsSolver(beta);
        GibbsSolution s = solver.solve(alphaTilde / beta, new OrderParameters(0.3, 0.5, 1));
        assertTrue(s.converged());
        double lo = 0;
        double hi = 1 - 1e-15;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            double f = 0.5 * Math.log((1 + mid) / (1 - mid)) * Math.sqrt(1 - mid * mid) - alphaTilde / Math.PI;
            if (f < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double r = 0.5 * (lo + hi);
        assertEquals(r, s.r(), 1e-4);
        assertEquals(r * r, s.q(), 1e-4);
        double entropy = -0.5 * (1 + r) * Math.log(0.5 * (1 + r)) - 0.5 * (1 - r) * Math.log(0.5 * (1 - r));
        assertEquals(entropy - alphaTilde * Math.acos(r) / Math.PI, s.phi(), 1e-4);
    }

    /** The free entropy's derivative in α is G_E at the saddle point (envelope theorem), by central differences. */
    @ParameterizedTest
    @ValueSource(doubles = {Double.POSITIVE_INFINITY, 3})
    void freeEntropyDerivativeIsTheEnergeticTerm(double beta) {
        GibbsSolver solver = new GibbsSolver(beta);
        double alpha = 1.1;
        double h = 1e-4;
        OrderParameters guess = new OrderParameters(0.4, 0.6, 1);
        GibbsSolution s = solver.solve(alpha, guess);
        double plus = solver.solve(alpha + h, s.orderParameters()).phi();
        double minus = solver.solve(alpha - h, s.orderParameters()).phi();
        double gE = new GibbsChannel(beta, QuadratureSettings.DEFAULT).evaluate(s.orderParameters()).value();
        assertEquals(gE, (plus - minus) / (2 * h), 1e-8);
    }

    /** α → 0: the entropy of all 2^N binary vectors, log 2, minus α log 2 (half the students err on each example). */
    @Test
    void smallLoadEntropyIsLogTwoMinusAlphaLogTwo() {
        GibbsSolver solver = new GibbsSolver(ZERO_T);
        double alpha = 1e-4;
        GibbsSolution s = solver.solve(alpha, solver.lowLoadGuess(alpha));
        assertEquals(Math.log(2) * (1 - alpha), s.phi(), 1e-7);
    }

    @Test
    void perfectStateIsASolutionWithZeroFreeEntropy() {
        GibbsSolver solver = new GibbsSolver(ZERO_T);
        GibbsSolution p = solver.solve(0.5, solver.highLoadGuess(0.5));
        assertTrue(p.perfect() && p.converged());
        assertEquals(0, p.phi());
        assertEquals(0, p.epsG());
        // the poor branch's free entropy tends to it as the overlap tends to 1 (the map near q = r = 1)
        ReplicaModel model = solver.model(1.0);
        double phiNearOne = model.freeEntropy(model.evaluate(new OrderParameters(1 - 1e-6, 1 - 1e-6, 1)));
        assertTrue(Math.abs(phiNearOne) < 1e-2, "phi near the perfect state " + phiNearOne);
    }

    @Test
    void isingMeasureMomentsAreTheTwoPointSums() {
        double a = 0.3;
        double b = -1.7;
        SiteMoments m = IsingMeasure.INSTANCE.moments(a, b);
        double zPlus = Math.exp(a + b);
        double zMinus = Math.exp(a - b);
        assertEquals(Math.log(zPlus + zMinus), m.logZ(), 1e-14);
        assertEquals((zPlus - zMinus) / (zPlus + zMinus), m.mean(), 1e-15);
        assertEquals(1, m.secondMoment());
        assertEquals(m.mean(), m.meanSign());
        assertEquals(800 + Math.log1p(Math.exp(-1600)) + a, IsingMeasure.INSTANCE.moments(a, 800).logZ(), 1e-12);
        assertThrows(UnsupportedOperationException.class, () -> IsingMeasure.INSTANCE.logWeightAtTanh(0.1));
    }

    /** A self overlap pinned at 1 with a continuous prior is refused (its E⟨m²⟩ is below 1). */
    @Test
    void pinnedSelfOverlapNeedsABinaryMeasure() {
        ReplicaModel model = new ReplicaModel(1, new GibbsChannel(ZERO_T, QuadratureSettings.DEFAULT),
                new EntropicTerm(Priors.FLAT.measure(20), QuadratureSettings.DEFAULT), 1.0);
        assertThrows(IllegalArgumentException.class, () -> model.evaluate(new OrderParameters(0.3, 0.4, 1)));
    }
}
