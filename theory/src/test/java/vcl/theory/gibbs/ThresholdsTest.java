package vcl.theory.gibbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vcl.theory.replica.Branch;
import vcl.theory.replica.SweepMonitor;

/**
 * The zero-temperature thresholds of the binary teacher-student perceptron: against the literature
 * (to the digits it gives) and against a second algorithm on the same equations (the fixed-point
 * iteration's continuation), and the spinodal as the end of the fixed-point iteration's branch.
 */
class ThresholdsTest {

    private static GibbsSolver solver;
    private static Thresholds.Result zeroT;

    @BeforeAll
    static void locate() {
        solver = new GibbsSolver(Double.POSITIVE_INFINITY);
        zeroT = new GibbsSweep(solver).thresholds();
    }

    /**
     * Györgyi (1990), Engel and Van den Broeck (ch. 7): the entropy of the R &lt; 1 branch vanishes at
     * α ≈ 1.245; Barbier et al. (2019): α_alg ≈ 1.493. Both agree with ours to their last digit. Their
     * α_IT ≈ 1.249 is the same equation at zero temperature (Nishimori); ours is 0.0043 below it
     * (docs/theory-gibbs.md).
     */
    @Test
    void thresholdsAgreeWithTheLiteratureToItsDigits() {
        double alphaT = zeroT.transition().orElseThrow().alpha();
        double alphaSp = zeroT.spinodal().alpha();
        assertEquals(1.245, alphaT, 5e-4);
        assertEquals(1.493, alphaSp, 5e-4);
        assertEquals(1.244683990, alphaT, 1e-8);
        assertEquals(1.492631818, alphaSp, 1e-8);
        assertEquals(0, zeroT.transition().get().phi(), 1e-12);
        // Nishimori holds along the Newton curve too
        assertEquals(zeroT.spinodal().r(), zeroT.spinodal().q(), 1e-10);
    }

    /** The fixed-point continuation and false position on Φ_good − Φ_poor give the Newton result. */
    @Test
    void fixedPointContinuationGivesTheSameTransition() {
        GibbsSweep sweep = new GibbsSweep(solver);
        List<GibbsSolution> rows = sweep.sweep(new double[] {1.0, 1.2, 1.3, 1.4}, null, SweepMonitor.NONE);
        double alphaT = sweep.transition(rows).orElseThrow();
        assertEquals(zeroT.transition().orElseThrow().alpha(), alphaT, 1e-8);
        assertTrue(rows.stream().anyMatch(s -> s.alpha() == 1.2 && s.branch() == Branch.POOR_STABLE));
        assertTrue(rows.stream().anyMatch(s -> s.alpha() == 1.3 && s.branch() == Branch.GOOD_STABLE && s.perfect()));
    }

    /** On a coarse grid ({1, 1.6}: no load holds both branches) the core's BranchChanges finds the same transition. */
    @Test
    void branchChangesOnACoarseGridFindTheTransition() {
        List<GibbsSolution> rows = new GibbsSweep(solver).sweep(new double[] {1, 1.6}, null, SweepMonitor.NONE).stream()
                .filter(s -> s.branch().stable()).toList();
        assertEquals(2, rows.size());
        List<Double> found = new vcl.theory.phase.BranchChanges<>(solver).transitions(rows);
        assertEquals(1, found.size());
        assertEquals(zeroT.transition().orElseThrow().alpha(), found.get(0), 1e-8);
    }

    /**
     * Thermodynamic integration, a route to α_t that does not use the free-entropy formula: the entropy
     * is log 2 at α = 0 and changes by G_E (envelope identity), so log 2 + ∫₀^{α_t} G_E dα = 0 along the
     * poor branch (Gauss-Legendre, 24 points; G_E is smooth there).
     */
    @Test
    void integratedEnergeticTermVanishesAtTheTransition() {
        double alphaT = zeroT.transition().orElseThrow().alpha();
        vcl.theory.numerics.QuadratureRule rule = vcl.theory.numerics.GaussLegendre.rule(24);
        GibbsChannel channel = GibbsChannel.zeroTemperature();
        double integral = 0;
        for (int i = 0; i < rule.size(); i++) {
            double alpha = 0.5 * alphaT * (1 + rule.node(i));
            GibbsSolution s = solver.solve(alpha, solver.lowLoadGuess(alpha));
            assertTrue(s.converged() && !s.perfect());
            integral += 0.5 * alphaT * rule.weight(i) * channel.evaluate(s.orderParameters()).value();
        }
        assertEquals(0, Math.log(2) + integral, 1e-9);
    }

    /** Just below α_sp the iteration stays on the poor branch; just above it falls into the perfect state. */
    @Test
    void spinodalIsWhereThePoorFixedPointDisappears() {
        OverlapChart.Point sp = zeroT.spinodal();
        GibbsSolution below = solver.solve(sp.alpha() - 2e-3, new vcl.theory.replica.OrderParameters(0.85, 0.85, 1));
        assertTrue(below.converged());
        assertFalse(below.perfect());
        assertEquals(sp.r(), below.r(), 0.05);
        GibbsSolution above = new GibbsSolver(Double.POSITIVE_INFINITY, vcl.theory.replica.QuadratureSettings.DEFAULT,
                1e-12, 20_000).solve(sp.alpha() + 2e-3, new vcl.theory.replica.OrderParameters(0.85, 0.85, 1));
        assertTrue(above.perfect(), "r = " + above.r() + ", converged " + above.converged());
    }

    /** At β = 50 a misclassified example weighs e^{−50}: the thresholds are the zero-temperature ones. */
    @Test
    void lowTemperatureThresholdsTendToTheZeroTemperatureOnes() {
        Thresholds.Result cold = new GibbsSweep(new GibbsSolver(50)).thresholds();
        assertEquals(zeroT.transition().orElseThrow().alpha(), cold.transition().orElseThrow().alpha(), 1e-9);
        assertEquals(zeroT.spinodal().alpha(), cold.spinodal().alpha(), 1e-9);
    }

    /**
     * High temperature (β → 0 at fixed α̃ = αβ): Φ → max_R [s(R) − α̃ arccos(R)/π], s the binary
     * entropy at overlap R, so α̃_t is where that maximum reaches 0, and the spinodal is the maximum
     * of α̃(R) = π atanh(R)√(1 − R²). The corrections are O(T⁻¹): extrapolated from T = 50 and 100.
     */
    @Test
    void highTemperatureThresholdsTendToTheAnnealedClosedForms() {
        Thresholds.Result t50 = new GibbsSweep(new GibbsSolver(1.0 / 50)).thresholds();
        Thresholds.Result t100 = new GibbsSweep(new GibbsSolver(1.0 / 100)).thresholds();
        double transition = 2 * t100.transition().orElseThrow().alpha() / 100 - t50.transition().orElseThrow().alpha() / 50;
        double spinodal = 2 * t100.spinodal().alpha() / 100 - t50.spinodal().alpha() / 50;
        // the closed forms
        double lo = 1;
        double hi = 3;
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (lo + hi);
            double a = mid;
            if (goldenMax(r -> binaryEntropy(r) - a * Math.acos(r) / Math.PI) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double spinodalClosed = goldenMax(r -> Math.PI * 0.5 * Math.log((1 + r) / (1 - r)) * Math.sqrt(1 - r * r));
        assertEquals(0.5 * (lo + hi), transition, 1e-4);
        assertEquals(spinodalClosed, spinodal, 1e-4);
        assertEquals(1.69593, 0.5 * (lo + hi), 1e-5);
    }

    private static double binaryEntropy(double r) {
        return -0.5 * (1 + r) * Math.log(0.5 * (1 + r)) - 0.5 * (1 - r) * Math.log(0.5 * (1 - r));
    }

    /** The maximum of a unimodal function on (0, 1) by golden-section search. */
    private static double goldenMax(java.util.function.DoubleUnaryOperator f) {
        double a = 1e-9;
        double b = 1 - 1e-9;
        double g = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 100; i++) {
            double c = b - g * (b - a);
            double d = a + g * (b - a);
            if (f.applyAsDouble(c) > f.applyAsDouble(d)) {
                b = d;
            } else {
                a = c;
            }
        }
        return f.applyAsDouble(0.5 * (a + b));
    }

    /** A higher temperature moves both thresholds to larger loads (more examples to freeze a noisier student). */
    @Test
    void higherTemperatureMovesTheThresholdsUp() {
        Thresholds.Result warm = new GibbsSweep(new GibbsSolver(2)).thresholds();
        assertTrue(warm.transition().orElseThrow().alpha() > zeroT.transition().orElseThrow().alpha() + 0.2);
        assertTrue(warm.spinodal().alpha() > warm.transition().get().alpha());
    }
}
