package vcl.theory.rsb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import vcl.theory.prior.FlatPrior;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.numerics.SiteMoments;
import vcl.theory.stability.ChannelCurvature;

/**
 * The inner numerics of the 1RSB terms against closed forms and direct evaluation: the tilted z1
 * integral ({@link TiltedIntegral}) on Gaussian integrals known exactly, the Chebyshev tables
 * ({@link PanelTable}) of the site's and the channel's functions against the functions themselves, and
 * the channel's inner average ({@link ChannelAverage}) against {@link ChannelCurvature}'s.
 */
class InnerNumericsTest {

    private final TiltedIntegral integral = new TiltedIntegral(QuadratureSettings.DEFAULT, 3);

    @Test
    void tiltedIntegralsOfLinearAndLogCoshExponentsAreExact() {
        double[] avg = new double[3];
        // L = a z: (1/x) log E e^{x a z} = x a²/2 and the tilted mean of z is x a
        for (double x : new double[] {0.1, 0.5, 1.0}) {
            double a = 7.0;
            double value = integral.integrate(x, 0.0, 0.5, Double.NEGATIVE_INFINITY, (z, out) -> {
                out[0] = a * z;
                out[1] = a;
                out[2] = z;
            }, avg);
            assertEquals(0.5 * x * a * a, value, 1e-12 * x * a * a);
            assertEquals(x * a, avg[2], 1e-11 * x * a);
        }
        // L = log cosh(t z) at x = 1: log E cosh(t z) = t²/2 (two Gaussian bumps at ±t), and E z² tilted = 1 + t²
        double t = 6.0;
        double value = integral.integrate(1.0, 0.0, 1 / t, t, (z, out) -> {
            out[0] = Math.abs(t * z) + Math.log1p(Math.exp(-2 * Math.abs(t * z))) - Math.log(2);
            out[1] = t * Math.tanh(t * z);
            out[2] = z * z;
        }, avg);
        assertEquals(0.5 * t * t, value, 1e-12 * t * t);
        assertEquals(1 + t * t, avg[2], 1e-11 * t * t);
    }

    @Test
    void theSiteTableInterpolatesTheMomentsToRounding() {
        FlatPrior prior = new FlatPrior();
        for (double a : new double[] {-40, 0.7, 50}) {
            PanelTable table = PanelTable.build(-150, 170, 0.0, 0.25, 2.0, 0.25, 16, (b, out) -> {
                SiteMoments m = prior.moments(a, b);
                out[0] = m.logZ();
                out[1] = m.mean();
                out[2] = m.secondMoment();
                out[3] = m.meanSign();
            });
            Random rnd = new Random(7);
            double[] out = new double[4];
            for (int i = 0; i < 2000; i++) {
                double b = -150 + 320 * rnd.nextDouble();
                table.at(b, out);
                SiteMoments m = prior.moments(a, b);
                assertEquals(m.logZ(), out[0], 2e-13 * Math.max(1, Math.abs(m.logZ())), "log Z at a=" + a + " b=" + b);
                assertEquals(m.mean(), out[1], 2e-13, "<m> at a=" + a + " b=" + b);
                assertEquals(m.secondMoment(), out[2], 2e-13, "<m^2> at a=" + a + " b=" + b);
                assertEquals(m.meanSign(), out[3], 2e-13, "<sign m> at a=" + a + " b=" + b);
            }
        }
    }

    @Test
    void theChannelAverageAndItsTableAgreeWithTheReplicon() {
        double beta = 20;
        ChannelCurvature reference = new ChannelCurvature(beta);
        // c = √(q* − q1), s = √(1 − q*) at the α = 1.5 solution (q1 = 0.9146, q* = 0.9196) and at α = 1
        for (double[] cs : new double[][] {{Math.sqrt(0.9196 - 0.9146), Math.sqrt(1 - 0.9196)},
            {Math.sqrt(0.8907 - 0.8808), Math.sqrt(1 - 0.8907)}}) {
            double c = cs[0];
            double s = cs[1];
            ChannelAverage direct = new ChannelAverage(beta, c, s);
            double edge = Math.sqrt(c * c + s * s / (1 + beta));
            PanelTable table = PanelTable.build(-9, 9, 0.0, 0.5 * edge, 4 * edge, 0.25, 16, direct::values);
            double[] out = new double[4];
            Random rnd = new Random(11);
            for (int i = 0; i < 300; i++) {
                double y = -9 + 18 * rnd.nextDouble();
                double[] t = reference.tilted(y, c, s);
                direct.evaluate(y);
                assertEquals(t[0], direct.logK, 1e-10 * Math.max(1, Math.abs(t[0])), "log K1 at y = " + y);
                assertEquals(beta * t[1] / s, direct.g, 1e-9 * Math.max(1, Math.abs(direct.g)), "g at y = " + y);
                assertEquals(reference.secondDerivative(y, c, s), direct.g1, 1e-8 * Math.max(1, Math.abs(direct.g1)),
                        "g' at y = " + y);
                table.at(y, out);
                assertEquals(direct.logK, out[0], 1e-11 * Math.max(1, Math.abs(direct.logK)), "table L at y = " + y);
                assertEquals(direct.g, out[1], 1e-10 * Math.max(1, Math.abs(direct.g)), "table g at y = " + y);
                assertEquals(direct.g1, out[2], 1e-9 * Math.max(1, Math.abs(direct.g1)), "table g' at y = " + y);
                assertEquals(direct.lqs, out[3], 1e-9 * Math.max(1, Math.abs(direct.lqs)), "table L_q* at y = " + y);
            }
        }
    }
}
