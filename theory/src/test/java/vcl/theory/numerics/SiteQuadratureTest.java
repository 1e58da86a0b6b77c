package vcl.theory.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SiteQuadratureTest {
    private final SiteQuadrature quadrature = new SiteQuadrature();

    /** Budget: 1e-11 target; both methods measured at or below 5e-14 on these inputs. */
    private static void assertClose(SiteMoments ref, SiteMoments got, double tol, String where) {
        assertEquals(ref.logZ(), got.logZ(), tol * Math.max(1, Math.abs(ref.logZ())), () -> "logZ " + where);
        assertEquals(ref.mean(), got.mean(), tol, () -> "mean " + where);
        assertEquals(ref.secondMoment(), got.secondMoment(), tol, () -> "m2 " + where);
        assertEquals(ref.meanSign(), got.meanSign(), tol, () -> "sign " + where);
    }

    /**
     * Independent reference in m with break points towards both ends and near a given point; the
     * maximum of g (the scale) is found by sampling and checked against an analytic bound.
     */
    private static SiteMoments reference(LogDensity g, double bound, double centre) {
        double logMax = g.value(centre, 1 + centre, 1 - centre);
        for (int i = -40000; i <= 40000; i++) {
            final double m = Math.tanh(i * 5e-4);
            logMax = Math.max(logMax, g.value(m, 1 + m, 1 - m));
        }
        assertTrue(logMax <= bound + 1e-9);
        final double[] breaks = new double[60];
        for (int j = 1; j <= 15; j++) {
            final double d = Math.pow(10, -j / 1.5);
            breaks[4 * j - 4] = 1 - d;
            breaks[4 * j - 3] = d - 1;
            breaks[4 * j - 2] = centre + d;
            breaks[4 * j - 1] = centre - d;
        }
        return AdaptiveReference.moments(m -> g.value(m, 1 + m, 1 - m), logMax, breaks);
    }

    @Test
    void quadraticDensityMatchesBoxIntegral() {
        for (double a : BoxIntegralTest.GRID) {
            for (double b : BoxIntegralTest.GRID) {
                assertClose(BoxIntegral.value(a, b), quadrature.moments(LogDensity.quadratic(a, b)), 1e-11,
                        "a=" + a + " b=" + b);
            }
        }
    }

    @Test
    void entropyPriorMatchesReference() {
        for (double k : new double[] {1, 100, 1000}) {
            for (double a : new double[] {-500, -10, 0, 10, 500}) {
                for (double b : new double[] {-500, -3, 0, 0.01, 40, 500}) {
                    final LogDensity g = LogDensity.entropyPrior(a, b, k);
                    final double max = Math.max(Math.abs(a), 0) + Math.abs(b) + k * Math.log(2);
                    final double centre = a < 0 ? Math.max(-1, Math.min(1, -b / (2 * a))) : 0;
                    assertClose(reference(g, max, centre), quadrature.moments(g), 1e-11,
                            "k=" + k + " a=" + a + " b=" + b);
                }
            }
        }
    }

    @Test
    void entropyPriorLimitsAndSymmetry() {
        for (double a : new double[] {-100, 0, 3, 300}) {
            for (double b : new double[] {0.5, 20, 400}) {
                assertClose(BoxIntegral.value(a, b), quadrature.moments(LogDensity.entropyPrior(a, b, 0)), 1e-11,
                        "a=" + a + " b=" + b);
                final SiteMoments p = quadrature.moments(LogDensity.entropyPrior(a, b, 50));
                final SiteMoments m = quadrature.moments(LogDensity.entropyPrior(a, -b, 50));
                assertEquals(p.logZ(), m.logZ(), 1e-12 * Math.abs(p.logZ()));
                assertEquals(p.mean(), -m.mean(), 1e-12);
                assertEquals(p.secondMoment(), m.secondMoment(), 1e-12);
                assertEquals(p.meanSign(), -m.meanSign(), 1e-12);
            }
        }
    }

    @Test
    void sharplyPinnedCouplingMatchesReference() {
        for (double m1 : new double[] {0.3, -0.3, 1 - 1e-8}) {
            for (double[] ab : new double[][] {{0, 0}, {-20, 5}, {30, -40}}) {
                final LogDensity g = LogDensity.klCoupling(ab[0], ab[1], 2000, m1);
                final double max = m1 * (ab[0] * m1 + ab[1]) + Math.abs(ab[0]) + Math.abs(ab[1]);
                assertClose(reference(g, max, m1), quadrature.moments(g), 1e-11,
                        "m1=" + m1 + " a=" + ab[0] + " b=" + ab[1]);
            }
        }
    }

    @Test
    void strongCouplingPinsMeanToReference() {
        // <m> - m1 = O(1/c) and Var m ~ (1 - m1^2)/c as c grows (Laplace)
        final double m1 = 0.3;
        double previous = Double.POSITIVE_INFINITY;
        for (double c : new double[] {1e3, 1e4, 1e5, 1e6}) {
            final SiteMoments s = quadrature.moments(LogDensity.klCoupling(0, 0, c, m1));
            final double bias = Math.abs(s.mean() - m1);
            assertTrue(bias < previous / 5, "bias " + bias + " at c=" + c);
            assertEquals(1, s.variance() * c / (1 - m1 * m1), 20 / c + 1e-6, "c=" + c);
            previous = bias;
        }
        assertTrue(previous < 1e-6);
    }
}
