package vcl.theory.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.junit.jupiter.api.Test;
import vcl.theory.numerics.GaussianTail;
import vcl.theory.numerics.GradedRule;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.numerics.SiteMoments;
import vcl.theory.prior.Priors;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.EnergeticTerm;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SaddlePoint;
import vcl.theory.replica.SaddleSolution;
import vcl.theory.replica.SingleSiteMeasure;
import vcl.theory.stability.AtLine;
import vcl.theory.stability.ChannelCurvature;
import vcl.theory.stability.Replicon;
import vcl.theory.task1.Task1Solver;

/**
 * The poor branch's de Almeida–Thouless point at β = 300, 500, 1000 as {@code vcl solve phase --at}
 * computes it (shared default rules, {@link AtLine}) against an independent discretisation: the RS
 * poor branch solved with every quadrature refined and the entropic side resolved at the site
 * measure's crossovers ({@link ResolvedEntropicTerm}), the site factor on that z rule and the channel
 * factor's outer z integral on a rule four times finer. At the AT point the gaps are not small
 * ({@code q* − q} ≈ 0.15, a = q̂* − q̂/2 > 0: no crossover inside the z range), so the shared rule is
 * converged there: the two agree to 1e-8 (docs/theory-beyond.md section 6).
 */
class LargeBetaAtPointTest {

    private static final double[][] TABLE = {{300, 0.445048028}, {500, 0.435082813}, {1000, 0.425346467}};

    @Test
    void theAtPointsAtLargeBetaAreConvergedInTheRules() {
        for (double[] row : TABLE) {
            double beta = row[0];
            SingleSiteMeasure m = Priors.FLAT.measure(beta);
            double shared = AtLine.poorBranch(new Task1Solver(beta), new Replicon(beta, m, QuadratureSettings.DEFAULT),
                    row[1] - 0.003, row[1] + 0.003);
            assertEquals(row[1], shared, 1e-8, "the table at beta = " + beta);
            double refined = new BrentSolver(1e-10).solve(100, a -> refinedEigenvalue(beta, m, a), row[1] - 0.003,
                    row[1] + 0.003);
            assertEquals(shared, refined, 1e-8, "beta = " + beta);
        }
    }

    /** λ_R on the poor branch at α by the refined, resolved discretisation (continued from α/4 as AtLine does). */
    private static double refinedEigenvalue(double beta, SingleSiteMeasure m, double alpha) {
        QuadratureSettings s = QuadratureSettings.DEFAULT.refined();
        SaddlePoint sp = new SaddlePoint(new EnergeticTerm(beta, s, true), Double.NaN, 0.8, 1e-11, 800);
        ResolvedEntropicTerm entropic = new ResolvedEntropicTerm(m, s);
        SaddleSolution sol = sp.solve(sp.model(0.25 * alpha, entropic),
                new Task1Solver(beta).smallAlphaGuess(0.25 * alpha), 800);
        for (double f = 0.5; f <= 1.0; f += 0.25) {
            sol = sp.solve(sp.model(f * alpha, entropic), sol.orderParameters(), 800);
        }
        assertTrue(sol.converged(), "poor branch at alpha = " + alpha);
        Conjugates c = sol.conjugates();
        double a = c.qStarHat() - 0.5 * c.qHat();
        double sq = Math.sqrt(c.qHat());
        QuadratureRule rule = ResolvedEntropicTerm.zRule(c, s);
        double site = 0;
        for (int i = 0; i < rule.size(); i++) {
            SiteMoments mm = m.moments(a, sq * rule.node(i) + c.rHat());
            site += rule.weight(i) * mm.variance() * mm.variance();
        }
        return 1 - alpha * channelFactor(beta, sol.orderParameters()) * site;
    }

    /** χ_out = 2∫Dz H(−ωz)[∂²_y log K]² with the outer rule four times finer than ChannelCurvature's. */
    private static double channelFactor(double beta, OrderParameters op) {
        ChannelCurvature ch = new ChannelCurvature(beta);
        double q = op.q();
        double s = Math.sqrt(1 - op.qStar());
        double c = Math.sqrt(op.qStar() - q);
        double omega = op.r() / Math.sqrt(q - op.r() * op.r());
        double width = Math.min(1.0, Math.min(1.0 / Math.abs(omega), s / Math.sqrt(q))) / 4;
        QuadratureRule outer = GradedRule.gaussian(0.0, width, 0.125, 0.5, 10.0, 24);
        double sum = 0;
        for (int i = 0; i < outer.size(); i++) {
            double z = outer.node(i);
            double k2 = ch.secondDerivative(Math.sqrt(q) * z, c, s);
            sum += 2 * outer.weight(i) * GaussianTail.value(-omega * z) * k2 * k2;
        }
        return sum;
    }
}
