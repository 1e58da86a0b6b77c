package vcl.theory.rsb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vcl.theory.numerics.GradedRule;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.prior.FlatPrior;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.stability.OneStepRsb;

/**
 * The analytic derivatives of the 1RSB terms (tilted averages after Gaussian integration by parts)
 * against central differences of the terms themselves, and of the independent integrals of
 * {@link OneStepRsb} (a 12-point Gauss-Hermite rule in z1, the channel's inner average on its own
 * panels, z0 rules held fixed) at a small gap where that rule is exact to far below the tolerances.
 */
class RsbDerivativesTest {

    private static final double BETA = 20;
    private static final QuadratureSettings SETTINGS = QuadratureSettings.DEFAULT;
    private final RsbSite site = new RsbSite(new FlatPrior(), SETTINGS);
    private final RsbChannel channel = new RsbChannel(BETA, SETTINGS);

    /** A point near the 1RSB solution at α = 1, x = 0.4 (not a saddle point: the identities hold anywhere). */
    private static final double Q0 = 0.75;
    private static final double Q1 = 0.88;
    private static final double QS = 0.89;
    private static final double R = 0.62;
    private static final double Q0_HAT = 70;
    private static final double Q1_HAT = 95;
    private static final double QS_HAT = 48;
    private static final double R_HAT = 8;

    private double gS(double x, double q0Hat, double q1Hat, double qsHat, double rHat) {
        return site.evaluate(x, q0Hat, q1Hat, qsHat, rHat).gS();
    }

    private double gE(double x, double q0, double q1, double qs, double r) {
        return channel.evaluate(x, q0, q1, qs, r).gE();
    }

    /** The five-point central difference (error of order h⁴). */
    private static double fivePoint(java.util.function.DoubleUnaryOperator f, double x, double h) {
        return (8 * (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) - (f.applyAsDouble(x + 2 * h)
                - f.applyAsDouble(x - 2 * h))) / (12 * h);
    }

    @Test
    void siteDerivativesAreTheTiltedAverages() {
        for (double x : new double[] {0.3, 0.8}) {
            SiteImage s = site.evaluate(x, Q0_HAT, Q1_HAT, QS_HAT, R_HAT);
            double h = 1e-4;
            double d0 = (gS(x, Q0_HAT + h, Q1_HAT, QS_HAT, R_HAT) - gS(x, Q0_HAT - h, Q1_HAT, QS_HAT, R_HAT)) / (2 * h);
            double d1 = (gS(x, Q0_HAT, Q1_HAT + h, QS_HAT, R_HAT) - gS(x, Q0_HAT, Q1_HAT - h, QS_HAT, R_HAT)) / (2 * h);
            double ds = (gS(x, Q0_HAT, Q1_HAT, QS_HAT + h, R_HAT) - gS(x, Q0_HAT, Q1_HAT, QS_HAT - h, R_HAT)) / (2 * h);
            double dr = (gS(x, Q0_HAT, Q1_HAT, QS_HAT, R_HAT + h) - gS(x, Q0_HAT, Q1_HAT, QS_HAT, R_HAT - h)) / (2 * h);
            double dx = fivePoint(y -> gS(y, Q0_HAT, Q1_HAT, QS_HAT, R_HAT), x, 1e-3);
            assertEquals(-0.5 * x * s.q0(), d0, 1e-8, "dG_S/dq0^ at x = " + x);
            assertEquals(-0.5 * (1 - x) * s.q1(), d1, 1e-8, "dG_S/dq1^ at x = " + x);
            assertEquals(s.qStar(), ds, 1e-8, "dG_S/dq*^ at x = " + x);
            assertEquals(s.r(), dr, 1e-8, "dG_S/dr^ at x = " + x);
            assertEquals(s.dGsDx(), dx, 1e-9 * Math.abs(s.dGsDx()), "dG_S/dx at x = " + x);
        }
    }

    @Test
    void channelDerivativesAreTheTiltedAverages() {
        for (double x : new double[] {0.3, 0.8}) {
            ChannelImage e = channel.evaluate(x, Q0, Q1, QS, R);
            double h = 1e-6;
            double d0 = (gE(x, Q0 + h, Q1, QS, R) - gE(x, Q0 - h, Q1, QS, R)) / (2 * h);
            double d1 = (gE(x, Q0, Q1 + h, QS, R) - gE(x, Q0, Q1 - h, QS, R)) / (2 * h);
            double ds = (gE(x, Q0, Q1, QS + h, R) - gE(x, Q0, Q1, QS - h, R)) / (2 * h);
            double dr = (gE(x, Q0, Q1, QS, R + h) - gE(x, Q0, Q1, QS, R - h)) / (2 * h);
            double dx = fivePoint(y -> gE(y, Q0, Q1, QS, R), x, 1e-3);
            assertEquals(e.dq0(), d0, 1e-6 * Math.abs(e.dq0()), "dG_E/dq0 at x = " + x);
            assertEquals(e.dq1(), d1, 1e-6 * Math.abs(e.dq1()), "dG_E/dq1 at x = " + x);
            assertEquals(-0.5 * (1 - x) * e.slopeSquare(), e.dq1(), 1e-15 * e.slopeSquare());
            assertEquals(e.dqStar(), ds, 1e-6 * Math.abs(e.dqStar()), "dG_E/dq* at x = " + x);
            assertEquals(e.dr(), dr, 1e-6 * Math.abs(e.dr()), "dG_E/dr at x = " + x);
            assertEquals(e.dGeDx(), dx, 1e-9 * Math.abs(e.dGeDx()), "dG_E/dx at x = " + x);
        }
    }

    @Test
    void atASmallGapTheTermsAndTheirDerivativesAgreeWithTheIndependentIntegrals() {
        double x = 0.4;
        OneStepRsb independent = new OneStepRsb(BETA, new FlatPrior(), x, SETTINGS);
        // site: gap q1^ − q0^ = 0.5 (z1 enters through √0.5 z1 + √q0^ z0: smooth on the 12-point rule)
        double q1Hat = Q0_HAT + 0.5;
        QuadratureRule zSite = GradedRule.gaussian(-R_HAT / Math.sqrt(Q0_HAT), 0.05, 0.25, 1.0, 9.0, 16);
        SiteImage s = site.evaluate(x, Q0_HAT, q1Hat, QS_HAT, R_HAT);
        assertEquals(independent.entropic(Q0_HAT, q1Hat, QS_HAT, R_HAT, zSite), s.gS(), 1e-10 * Math.abs(s.gS()));
        double h = 1e-3;
        double d0 = (independent.entropic(Q0_HAT + h, q1Hat, QS_HAT, R_HAT, zSite)
                - independent.entropic(Q0_HAT - h, q1Hat, QS_HAT, R_HAT, zSite)) / (2 * h);
        double dr = (independent.entropic(Q0_HAT, q1Hat, QS_HAT, R_HAT + h, zSite)
                - independent.entropic(Q0_HAT, q1Hat, QS_HAT, R_HAT - h, zSite)) / (2 * h);
        assertEquals(-0.5 * x * s.q0(), d0, 1e-7, "dG_S/dq0^");
        assertEquals(s.r(), dr, 1e-7, "dG_S/dr^");
        // channel: gap q1 − q0 = 0.002
        double q1 = Q0 + 0.002;
        double omega = R / Math.sqrt(Q0 - R * R);
        QuadratureRule zChannel = GradedRule.gaussian(0.0, Math.min(1 / omega, Math.sqrt(1 - QS) / Math.sqrt(Q0)),
                0.5, 2.0, 9.0, 12);
        ChannelImage e = channel.evaluate(x, Q0, q1, QS, R);
        assertEquals(independent.energetic(Q0, q1, QS, R, zChannel), e.gE(), 1e-9 * Math.abs(e.gE()));
        double hq = 1e-5;
        double dq1 = (independent.energetic(Q0, q1 + hq, QS, R, zChannel)
                - independent.energetic(Q0, q1 - hq, QS, R, zChannel)) / (2 * hq);
        double dqs = (independent.energetic(Q0, q1, QS + hq, R, zChannel)
                - independent.energetic(Q0, q1, QS - hq, R, zChannel)) / (2 * hq);
        double drr = (independent.energetic(Q0, q1, QS, R + hq, zChannel)
                - independent.energetic(Q0, q1, QS, R - hq, zChannel)) / (2 * hq);
        assertEquals(e.dq1(), dq1, 1e-6 * Math.abs(e.dq1()), "dG_E/dq1");
        assertEquals(e.dqStar(), dqs, 1e-6 * Math.abs(e.dqStar()), "dG_E/dq*");
        assertEquals(e.dr(), drr, 1e-6 * Math.abs(e.dr()), "dG_E/dr");
    }
}
