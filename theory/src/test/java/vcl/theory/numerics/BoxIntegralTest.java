package vcl.theory.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoxIntegralTest {
    static final double[] GRID = {0, 1e-8, -1e-8, 1e-4, -1e-4, 0.01, -0.01, 0.3, -0.3, 1, -1, 10, -10, 100, -100,
        500, -500};

    /**
     * Reference: {@link AdaptiveReference} on exp(a m^2 + b m - max), split at 0, the vertex, and
     * geometrically towards both ends and the vertex (so that no layer is missed).
     */
    static SiteMoments reference(double a, double b) {
        final double v = a != 0 ? -b / (2 * a) : 2;
        final double max = Math.max(a + Math.abs(b), a < 0 && Math.abs(v) < 1 ? -b * b / (4 * a) : a + Math.abs(b));
        final double[] breaks = new double[49];
        breaks[0] = v;
        for (int j = 1; j <= 12; j++) {
            final double d = Math.pow(10, -j / 1.5);
            breaks[4 * j - 3] = 1 - d;
            breaks[4 * j - 2] = d - 1;
            breaks[4 * j - 1] = v + d;
            breaks[4 * j] = v - d;
        }
        return AdaptiveReference.moments(m -> m * (a * m + b), max, breaks);
    }

    /**
     * Budget: closed forms measured at 5e-14 in the moments (grows like (b/a)^2 up to K = 24),
     * quadrature side at 2e-15, reference below 1e-14: assert 1e-13 absolute in the moments
     * and 1e-14 relative in log Z (the brief's targets are 1e-12).
     */
    static void assertClose(SiteMoments ref, SiteMoments got, String where) {
        assertEquals(ref.logZ(), got.logZ(), 1e-14 * Math.max(1, Math.abs(ref.logZ())), () -> "logZ " + where);
        assertEquals(ref.mean(), got.mean(), 1e-13, () -> "mean " + where);
        assertEquals(ref.secondMoment(), got.secondMoment(), 1e-13, () -> "m2 " + where);
        assertEquals(ref.meanSign(), got.meanSign(), 1e-13, () -> "sign " + where);
    }

    static List<double[]> points() {
        final List<double[]> p = new ArrayList<>();
        for (double a : GRID) {
            for (double b : GRID) {
                p.add(new double[] {a, b});
            }
        }
        // both sides of |a| = A_MIN and of |b| = K |a|
        for (double a : new double[] {BoxIntegral.A_MIN, Math.nextDown(BoxIntegral.A_MIN), 0.49, 0.51}) {
            for (double b : new double[] {0, 0.1, 1, 5, 11.9, 12.1, 40}) {
                p.add(new double[] {a, b});
                p.add(new double[] {-a, -b});
            }
        }
        for (double a : new double[] {0.6, 1, 3, 20, 200, 500}) {
            for (double f : new double[] {0.99, 1, 1.01}) {
                p.add(new double[] {a, f * BoxIntegral.K * a});
                p.add(new double[] {-a, -f * BoxIntegral.K * a});
            }
        }
        // a < 0: centre mu = b/(2|a|) on both sides of the end point (erf / erfcx forms)
        for (double a : new double[] {-0.7, -5, -100, -500}) {
            for (double mu : new double[] {0.999, 1, 1.001}) {
                p.add(new double[] {a, -2 * a * mu});
            }
        }
        return p;
    }

    @Test
    void matchesAdaptiveQuadratureOnGrid() {
        for (double[] ab : points()) {
            final String where = "a=" + ab[0] + " b=" + ab[1];
            assertClose(reference(ab[0], ab[1]), BoxIntegral.value(ab[0], ab[1]), where);
        }
    }

    @Test
    void closedFormsAndQuadratureAgreeAcrossTheSwitch() {
        // the two methods compared directly where both are accurate (near the switch lines)
        for (double a : new double[] {0.5, 0.7, -0.5, -0.7, 2, -2, 50, -50}) {
            for (double r : new double[] {0, 0.5, 3, 12, 23.9, 24}) {
                final double b = r * Math.abs(a);
                assertClose(BoxQuadrature.value(a, b), BoxIntegral.closedForm(a, b), "a=" + a + " b=" + b);
            }
        }
    }

    @Test
    void flatMeasure() {
        // a = 0: Z = 2 sinh(b)/b, <m> = coth b - 1/b, <sign m> = tanh(b/2)
        for (double b : new double[] {1e-300, 1e-8, 0.1, 1, 2.999, 3, 3.001, 10, 700, 1e4}) {
            final SiteMoments s = BoxIntegral.value(0, b);
            assertClose(reference(0, b), s, "b=" + b);
            assertEquals(Math.tanh(b / 2), s.meanSign(), 1e-16);
        }
        final SiteMoments zero = BoxIntegral.value(0, 0);
        assertEquals(Math.log(2), zero.logZ(), 0);
        assertEquals(1.0 / 3, zero.secondMoment(), 1e-16);
    }

    @Test
    void symmetryAndHugeArguments() {
        for (double a : new double[] {-1e6, -500, -3, 0, 0.2, 7, 500, 1e6}) {
            for (double b : new double[] {1e-6, 0.7, 30, 500, 1e5}) {
                final SiteMoments p = BoxIntegral.value(a, b);
                final SiteMoments m = BoxIntegral.value(a, -b);
                assertEquals(p.logZ(), m.logZ(), 0);
                assertEquals(p.mean(), -m.mean(), 0);
                assertEquals(p.meanSign(), -m.meanSign(), 0);
                assertTrue(Math.abs(p.mean()) <= 1 && p.secondMoment() <= 1 && p.variance() >= -1e-15);
            }
        }
        // Z(500, 500) = exp(1000)/(1500) (1 + O(1/1500)): finite log
        assertEquals(1000 - Math.log(1500), BoxIntegral.value(500, 500).logZ(), 1e-3);
        assertEquals(1e5 - Math.log(1e5), BoxIntegral.value(0, 1e5).logZ(), 1e-10);
    }
}
