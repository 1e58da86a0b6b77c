package vcl.theory.franzparisi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vcl.theory.numerics.LogCosh;

/** The tail series of a site rule against the node-by-node sums they replace. */
class SiteTailTest {

    /** Nodes at u = ±(k + 1/2)·h out to |u| = 32, with a wavy s-independent log-weight of either sign of a. */
    private static double[][] nodes(double a, double c) {
        int half = 640;
        double h = 0.05;
        double[] t = new double[2 * half];
        double[] base = new double[2 * half];
        for (int k = 0; k < 2 * half; k++) {
            double u = (k - half + 0.5) * h;
            double th = Math.tanh(u);
            double lc = LogCosh.value(u);
            t[k] = th;
            base[k] = a * th * th + c * (lc - u * th) - 2 * lc + Math.log(h) + 0.3 * Math.sin(7 * k);
        }
        return new double[][] {t, base};
    }

    @Test
    void seriesReproduceTheSumsOverTheirTails() {
        for (double[] ac : new double[][] {{-40, 20}, {0.5, 2}, {260, 2}, {3000, 2}}) {
            double[][] nd = nodes(ac[0], ac[1]);
            double[] t = nd[0];
            double[] base = nd[1];
            int zero = t.length / 2;
            SiteTail minus = new SiteTail(t, base, 0, zero, -1);
            SiteTail plus = new SiteTail(t, base, zero, t.length, 1);
            for (double s : new double[] {0, 0.3, -1, 1, 1.0001, -7.5, 64, 100, -333.3, 2999, -40000, 1e6}) {
                int level = SiteTail.level(s);
                int lo = minus.boundary(level, t.length);
                int hi = plus.boundary(level, t.length);
                double max = Math.max(minus.bound(level, s), plus.bound(level, s));
                // every term of a tail at its level is below its bound, and |s|·(1 − |t|) ≤ 1 there
                for (int i = 0; i < t.length; i++) {
                    if (i < lo || i >= hi) {
                        assertEquals(true, base[i] + s * t[i] <= max + 1e-9, "bound s=" + s);
                        assertEquals(true, Math.abs(s) * (1 - Math.abs(t[i])) <= 1, "level s=" + s);
                    }
                }
                double[] series = new double[4];
                minus.add(level, s, max, Double.POSITIVE_INFINITY, series);
                plus.add(level, s, max, Double.POSITIVE_INFINITY, series);
                double[] direct = new double[4];
                for (int i = 0; i < t.length; i++) {
                    if (i >= lo && i < hi) {
                        continue;
                    }
                    double e = Math.exp(base[i] + s * t[i] - max);
                    direct[0] += e;
                    direct[1] += e * t[i];
                    direct[2] += e * t[i] * t[i];
                    direct[3] += i < zero ? e : 0;
                }
                // each exponent b + s t − max is rounded on the scale of its largest part, so Z is known to
                // about ulp(|s| + |max|) relative, whichever way it is summed
                double tol = 1e-15 + 8 * Math.ulp(Math.abs(s) + Math.abs(max));
                String at = " a=" + ac[0] + " s=" + s;
                assertEquals(direct[0], series[0], tol * direct[0], "Z" + at);
                assertEquals(direct[1], series[1], tol * direct[0], "m" + at);
                assertEquals(direct[2], series[2], tol * direct[0], "m2" + at);
                assertEquals(direct[3], series[3], tol * direct[0], "neg" + at);
            }
        }
    }

    @Test
    void levelIsTheSmallestPowerOfTwoAboveTheField() {
        assertEquals(0, SiteTail.level(0));
        assertEquals(0, SiteTail.level(-1));
        assertEquals(1, SiteTail.level(1.5));
        assertEquals(1, SiteTail.level(2));
        assertEquals(2, SiteTail.level(-2.0000001));
        assertEquals(12, SiteTail.level(3000));
        assertEquals(-1, SiteTail.level(1e300));
    }

    @Test
    void sideMustBeASign() {
        assertThrows(IllegalArgumentException.class, () -> new SiteTail(new double[1], new double[1], 0, 1, 0));
    }
}
