package vcl.theory.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vcl.theory.numerics.GradedRule;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.prior.FlatPrior;
import vcl.theory.replica.EnergeticTerm;
import vcl.theory.replica.EntropicTerm;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * The replicon against the one-step RSB free entropy: its Hessian in the breaking direction, from the
 * 1RSB integrals by finite differences, against the replicon's two factors, and the load where that
 * block turns singular (where a 1RSB solution branches off the RS one) against the AT point.
 */
class OneStepRsbTest {

    private static final double BETA = 20;
    private final Task1Solver solver = new Task1Solver(BETA);
    private final Replicon replicon = new Replicon(BETA, new FlatPrior(), QuadratureSettings.DEFAULT);

    private OneStepRsb rsb(double x) {
        return new OneStepRsb(BETA, new FlatPrior(), x, QuadratureSettings.DEFAULT);
    }

    /** The poor branch at α, continued from α/4 (as {@link AtLine} does). */
    private Task1Solution poor(double alpha) {
        Task1Solution s = solver.solve(0.25 * alpha, solver.smallAlphaGuess(0.25 * alpha));
        for (double f = 0.5; f <= 1.0; f += 0.25) {
            s = solver.solve(f * alpha, s.orderParameters());
        }
        assertTrue(s.converged(), "poor branch at alpha = " + alpha);
        return s;
    }

    @Test
    void atEqualBlocksThe1RsbTermsAreTheReplicaSymmetricOnes() {
        Task1Solution s = poor(0.6);
        var op = s.orderParameters();
        var conj = s.conjugates();
        OneStepRsb r = rsb(0.3);
        QuadratureRule zChannel = GradedRule.gaussian(0.0, 0.5, 0.5, 2.0, 9.0, 12);
        double gE = new EnergeticTerm(BETA).evaluate(op).value();
        assertEquals(gE, r.energetic(op.q(), op.q(), op.qStar(), op.r(), zChannel), 1e-10 * Math.abs(gE));
        double gS = new EntropicTerm(new FlatPrior(), QuadratureSettings.DEFAULT).evaluate(conj).gS();
        assertEquals(gS, r.entropic(conj.qHat(), conj.qHat(), conj.qStarHat(), conj.rHat(),
                EntropicTerm.zRule(conj, QuadratureSettings.DEFAULT)), 1e-12 * Math.abs(gS));
    }

    @Test
    void theBreakingCurvatureIsMinusKappaTimesTheRepliconFactorsForEveryX() {
        double alpha = 0.6;
        Task1Solution s = poor(alpha);
        double chiOut = new ChannelCurvature(BETA).value(s.orderParameters());
        double chiIn = replicon.siteFactor(s.conjugates());
        double lambda = replicon.eigenvalue(alpha, s.orderParameters(), s.conjugates());
        for (double x : new double[] {0.5, 0.9}) {
            RsbCurvature c = rsb(x).curvature(alpha, s.orderParameters(), s.conjugates());
            assertEquals(0.5 * x * (1 - x), c.coupling(), 1e-15);
            // third-order differences at the default steps: within about 1e-7 (channel), 3e-7 (site)
            assertEquals(chiOut, c.channelFactor(), 3e-6 * chiOut, "x = " + x);
            assertEquals(chiIn, c.siteFactor(), 3e-6 * chiIn, "x = " + x);
            assertEquals(lambda, c.replicon(), 3e-6, "x = " + x);
            assertTrue(c.reduced() > 0, "RS-stable at alpha = 0.6, x = " + x);
        }
    }

    @Test
    void theReducedCurvatureChangesSignAtTheAtPoint() {
        double at = AtLine.poorBranch(solver, replicon, 0.7, 0.76);
        assertEquals(0.728926, at, 1e-6);
        double d = 1e-3;
        OneStepRsb r = rsb(0.5);
        Task1Solution below = poor(at - d);
        Task1Solution above = poor(at + d);
        RsbCurvature cb = r.curvature(at - d, below.orderParameters(), below.conjugates());
        RsbCurvature ca = r.curvature(at + d, above.orderParameters(), above.conjugates());
        assertTrue(cb.reduced() > 0 && ca.reduced() < 0, cb + " " + ca);
        // where the 1RSB block is singular, by linear interpolation of its λ_R over [α_AT − d, α_AT + d]:
        // the interpolation's own error is d²·λ_R''/(2|λ_R'|) ≈ 2e-6 (λ_R' ≈ −3.9, λ_R'' ≈ 15)
        double zero = at - d + 2 * d * cb.replicon() / (cb.replicon() - ca.replicon());
        assertEquals(at, zero, 5e-6);
    }

    @Test
    @Tag("slow")
    void theLoadWhereThe1RsbBlockTurnsSingularIsTheAtPointAtTwoParisiParameters() {
        double at = AtLine.poorBranch(solver, replicon, 0.7, 0.76);
        for (double x : new double[] {0.25, 0.9}) {
            OneStepRsb r = rsb(x);
            double zero = new BrentSolver(1e-9).solve(50, a -> {
                Task1Solution s = poor(a);
                return r.curvature(a, s.orderParameters(), s.conjugates()).replicon();
            }, at - 2e-3, at + 2e-3);
            assertEquals(at, zero, 1e-7, "x = " + x);
        }
    }
}
