package vcl.theory.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vcl.theory.prior.Priors;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.EntropicAverages;
import vcl.theory.replica.EntropicTerm;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * The good branch's spinodal in gap coordinates against independent computations: the two ways of
 * {@link GoodSpinodal} (minimum of the load, root of the Jacobian's determinant), the shared
 * entropic term without the crossover cuts at four times the panel order (a different rule for the
 * same integral), every quadrature refined twice, and the table's spinodals at β ≤ 100 (located by
 * {@link NewtonSaddle} with the shared rule, where its error is below 1e-7).
 */
class GoodSpinodalTest {

    private static final QuadratureSettings TWICE = QuadratureSettings.DEFAULT.refined().refined();

    /** A converged good-branch solution at α, reached by the fixed-point iteration from α = 1.6 downward. */
    private static Task1Solution goodAt(Task1Solver solver, double alpha) {
        Task1Solution s = solver.solve(1.6, solver.largeAlphaGuess());
        for (double a = 1.55; a > alpha; a -= 0.05) {
            s = solver.solve(a, s.orderParameters());
        }
        s = solver.solve(alpha, s.orderParameters());
        assertTrue(s.converged() && s.r() > 0.95, "good branch at alpha = " + alpha);
        return s;
    }

    private static GoodSpinodal bracket(GapNewton newton, Task1Solution start) {
        GapNewton.Point p = newton.atLoad(start.alpha(), Chart.fromGaps(start.orderParameters())).orElseThrow();
        return GoodSpinodal.bracket(newton, p).orElseThrow();
    }

    /**
     * The artifact behind the β = 1000 spinodal's old spread: at the fold, the shared z rule's image gap
     * E⟨m²⟩ − E⟨m⟩² is off by more than 1e-3 (the crossover b = 2|a| inside a wide panel), the resolved
     * rule agrees with the shared rule at four times the panel order to 1e-7.
     */
    @Test
    void theResolvedEntropicSideGetsTheGapTheSharedRuleMissesAtLargeBeta() {
        Task1Solver solver = new Task1Solver(1000);
        OrderParameters fold = Chart.point(new double[] {7.5700, 15.2542, 5.7339, 0});
        Conjugates c = solver.model(0.3198).evaluate(fold).conjugates();
        assertTrue(c.qStarHat() - 0.5 * c.qHat() < -500, "a < 0: the site measure has its crossovers");
        double resolved = gap(new ResolvedEntropicTerm(solver.measure(), QuadratureSettings.DEFAULT).evaluate(c));
        double reference = gap(new EntropicTerm(solver.measure(), TWICE).evaluate(c));
        double shared = gap(new EntropicTerm(solver.measure(), QuadratureSettings.DEFAULT).evaluate(c));
        assertEquals(reference, resolved, 1e-7 * reference);
        assertTrue(Math.abs(shared - reference) > 1e-3 * reference, "the shared default rule's gap error");
        // and where there is no crossover feature the two entropic sides are the same integral
        Conjugates easy = new Conjugates(4.0, 1.5, 1.0);
        EntropicAverages a = new ResolvedEntropicTerm(solver.measure(), QuadratureSettings.DEFAULT).evaluate(easy);
        EntropicAverages b = new EntropicTerm(solver.measure(), QuadratureSettings.DEFAULT).evaluate(easy);
        assertEquals(b.gS(), a.gS(), 1e-13);
        assertEquals(b.q(), a.q(), 1e-13);
        assertEquals(b.r(), a.r(), 1e-13);
        assertEquals(b.qStar(), a.qStar(), 1e-13);
    }

    private static double gap(EntropicAverages a) {
        return a.qStar() - a.q();
    }

    /**
     * Newton in gap coordinates on the shared entropic side solves the same equations as the
     * fixed-point iteration (a different algorithm), and its coordinates are {@link Chart}'s.
     */
    @Test
    void gapNewtonOnTheSharedRuleIsTheFixedPointSolution() {
        Task1Solver solver = new Task1Solver(20);
        Task1Solution fixedPoint = goodAt(solver, 1.6);
        double[] chart = Chart.of(fixedPoint);
        double[] gapChart = Chart.fromGaps(fixedPoint.orderParameters());
        for (int i = 0; i < 3; i++) {
            assertEquals(chart[i], gapChart[i], 1e-9 * Math.max(1, Math.abs(chart[i])));
        }
        GapNewton newton = new GapNewton(solver, new EntropicTerm(solver.measure(), QuadratureSettings.DEFAULT), 1e-10,
                30);
        OrderParameters op = fixedPoint.orderParameters();
        double[] off = Chart.fromGaps(new OrderParameters(op.q() * 0.999, op.r() * 0.999, op.qStar()));
        GapNewton.Point p = newton.atLoad(1.6, off).orElseThrow();
        assertEquals(0, p.orderParameters().distance(op), 1e-9);
        // the residual is the map's move in chart coordinates: zero exactly where T(x) = x
        assertTrue(p.norm() < 1e-10);
    }

    /** The resolved z rule integrates polynomials against the Gaussian exactly (up to the truncation at zMax). */
    @Test
    void theResolvedZRuleIsAGaussianExpectation() {
        QuadratureSettings d = QuadratureSettings.DEFAULT;
        double truncated = 2 * vcl.theory.numerics.GaussianTail.value(d.zMax());
        for (Conjugates c : new Conjugates[] {new Conjugates(2.6e6, 7300, 1.3e6 - 730), new Conjugates(4, 1.5, 1),
            new Conjugates(100, -3, 40)}) {
            vcl.theory.numerics.QuadratureRule rule = ResolvedEntropicTerm.zRule(c, d);
            double m0 = 0;
            double m2 = 0;
            double m4 = 0;
            double m1 = 0;
            for (int i = 0; i < rule.size(); i++) {
                double z = rule.node(i);
                m0 += rule.weight(i);
                m1 += rule.weight(i) * z;
                m2 += rule.weight(i) * z * z;
                m4 += rule.weight(i) * z * z * z * z;
            }
            assertEquals(1 - truncated, m0, 1e-14);
            assertEquals(0, m1, 1e-14);
            assertEquals(1, m2, 1e-12);
            assertEquals(3, m4, 1e-10);
        }
    }

    /** β = 300: both ways agree, and the shared rule at four times the panel order gives the same fold. */
    @Test
    void atBeta300BothWaysAndAnIndependentRuleGiveTheSameFold() {
        Task1Solver solver = new Task1Solver(300);
        Task1Solution start = goodAt(solver, 0.55);
        GoodSpinodal resolved = bracket(new GapNewton(solver), start);
        double minimum = resolved.alpha(GoodSpinodal.Method.MINIMUM_LOAD);
        double singular = resolved.alpha(GoodSpinodal.Method.SINGULAR_JACOBIAN);
        assertEquals(minimum, singular, 1e-8);
        GapNewton shared48 = new GapNewton(solver, new EntropicTerm(solver.measure(), TWICE), GapNewton.TOLERANCE, 30);
        assertEquals(minimum, bracket(shared48, start).alpha(GoodSpinodal.Method.MINIMUM_LOAD), 1e-8);
        assertEquals(0.5319223, minimum, 2e-7, "docs/theory-beyond.md section 3");
        // on the shared default rule the same coordinates give NewtonSaddle's old fold: the change is the rule's
        GapNewton sharedDefault = new GapNewton(solver, new EntropicTerm(solver.measure(), QuadratureSettings.DEFAULT),
                GapNewton.TOLERANCE, 30);
        assertEquals(0.5319258, bracket(sharedDefault, start).alpha(GoodSpinodal.Method.MINIMUM_LOAD), 2e-7);
    }

    /** Where the gaps are not small (β = 20) the fold is the one NewtonSaddle finds with the shared rule. */
    @Test
    void atBeta20TheFoldIsTheTablesSpinodal() {
        Task1Solver solver = new Task1Solver(20);
        Task1Solution start = goodAt(solver, 1.52);
        double alpha = bracket(new GapNewton(solver), start).alpha(GoodSpinodal.Method.MINIMUM_LOAD);
        assertEquals(1.498898, alpha, 1e-6);
        assertEquals(alpha, bracket(new GapNewton(solver), start).alpha(GoodSpinodal.Method.SINGULAR_JACOBIAN), 1e-7);
    }

    /**
     * β = 1000: 0.3197719 by both ways, from two starts (one on each side of the old spurious folds
     * at 0.3195 and 0.3194), and with every quadrature refined twice.
     */
    @Test
    @Tag("slow")
    void atBeta1000TheGoodSpinodalIs0_3197719() {
        Task1Solver solver = new Task1Solver(1000);
        GoodSpinodal fromAbove = bracket(new GapNewton(solver), goodAt(solver, 0.33));
        double minimum = fromAbove.alpha(GoodSpinodal.Method.MINIMUM_LOAD);
        assertEquals(0.3197719, minimum, 1e-7);
        assertEquals(minimum, fromAbove.alpha(GoodSpinodal.Method.SINGULAR_JACOBIAN), 1e-8);
        GoodSpinodal fromNear = bracket(new GapNewton(solver), goodAt(solver, 0.3205));
        assertEquals(minimum, fromNear.alpha(GoodSpinodal.Method.MINIMUM_LOAD), 1e-8);
        Task1Solver refined = new Task1Solver(1000, Priors.FLAT.measure(1000), Double.NaN, TWICE, 1e-10, 500, true);
        GapNewton refinedNewton = new GapNewton(refined, new ResolvedEntropicTerm(refined.measure(), TWICE),
                GapNewton.TOLERANCE, 30);
        assertEquals(minimum, bracket(refinedNewton, goodAt(refined, 0.3225)).alpha(GoodSpinodal.Method.MINIMUM_LOAD),
                1e-8);
    }
}
