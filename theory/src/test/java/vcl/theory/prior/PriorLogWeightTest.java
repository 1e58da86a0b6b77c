package vcl.theory.prior;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vcl.theory.numerics.GaussLegendre;
import vcl.theory.numerics.LogCosh;
import vcl.theory.numerics.LogDensity;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.numerics.SiteMoments;
import vcl.theory.replica.SingleSiteMeasure;

/**
 * Every registered prior's log-weight at {@code m = tanh u} (what the task-2 reference density
 * uses) is the same {@code g} as in its moments, constant included: integrating
 * {@code exp(a t² + b t + g) sech² u} over u by a plain composite Gauss-Legendre rule, a route that
 * shares nothing with the priors' own closed form or adaptive quadrature, gives their log Z and
 * moments. The entropy prior's log-weight is also checked point by point against its log-density.
 */
class PriorLogWeightTest {

    private static final QuadratureRule GL = GaussLegendre.rule(16);

    /** ∫ exp(a t² + b t + g(u)) sech² u · {1, t, t², sign t} du over u ∈ [−40, 40], t = tanh u. */
    private static double[] integrals(SingleSiteMeasure prior, double a, double b) {
        double[] s = new double[4];
        double width = 0.125;
        for (double left = -40; left < 40; left += width) {
            for (int i = 0; i < GL.size(); i++) {
                double u = left + 0.5 * width * (1 + GL.node(i));
                double t = Math.tanh(u);
                double w = 0.5 * width * GL.weight(i)
                        * Math.exp(t * (a * t + b) + prior.logWeightAtTanh(u) - 2 * LogCosh.value(u));
                s[0] += w;
                s[1] += w * t;
                s[2] += w * t * t;
                s[3] += w * Math.signum(u);
            }
        }
        return s;
    }

    @Test
    void logWeightAtTanhIsTheMomentsLogWeight() {
        for (PriorKind kind : Priors.STANDARD.kinds()) {
            for (double k : new double[] {0.5, 20}) {
                SingleSiteMeasure prior = kind.measure(20, k);
                for (double[] ab : new double[][] {{0, 0}, {-5, 0.3}, {2.5, -1}, {-20, 12}, {8, 3}}) {
                    SiteMoments m = prior.moments(ab[0], ab[1]);
                    double[] s = integrals(prior, ab[0], ab[1]);
                    String at = kind.label() + " k=" + k + " a=" + ab[0] + " b=" + ab[1];
                    assertEquals(m.logZ(), Math.log(s[0]), 1e-12 * Math.max(1, Math.abs(m.logZ())), "logZ " + at);
                    assertEquals(m.mean(), s[1] / s[0], 1e-12, "mean " + at);
                    assertEquals(m.secondMoment(), s[2] / s[0], 1e-12, "m2 " + at);
                    assertEquals(m.meanSign(), s[3] / s[0], 1e-12, "sign " + at);
                }
            }
        }
    }

    @Test
    void entropyLogWeightIsKTimesTheEntropyOfTheMean() {
        for (double k : new double[] {0.5, 20}) {
            SingleSiteMeasure prior = Priors.ENTROPY.measure(20, k);
            LogDensity f = LogDensity.entropyPrior(0, 0, k);
            for (double u = -6; u <= 6; u += 0.0625) {
                double t = Math.tanh(u);
                // 1 ± tanh u without cancellation: 2 e^{±u} / (e^u + e^{−u})
                double onePlus = 2 / (1 + Math.exp(-2 * u));
                double oneMinus = 2 / (1 + Math.exp(2 * u));
                assertEquals(f.value(t, onePlus, oneMinus), prior.logWeightAtTanh(u), 1e-14 * k, "u = " + u);
            }
        }
        assertEquals(0.0, Priors.FLAT.measure(20).logWeightAtTanh(3), 0);
    }
}
