package vcl.sim.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class DataTest {

    private final UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(7L);

    @Test
    void labelsAreTheTeacherSignWithSignOfZeroPlusOne() {
        int n = 130;   // even: ties w*·ξ = 0 occur, and must give +1
        Teacher t = Teacher.random(n, rng);
        Patterns p = Patterns.draw(t, 3000, rng);
        int ties = 0;
        for (int mu = 0; mu < p.count(); mu++) {
            int dot = 0;
            for (int i = 0; i < n; i++) {
                dot += t.weight(i) * p.input(mu, i);
            }
            ties += dot == 0 ? 1 : 0;
            assertEquals(dot >= 0 ? 1 : -1, p.label(mu), "example " + mu);
        }
        assertTrue(ties > 50, "expected ties at even N, saw " + ties);
    }

    @Test
    void inputsAreBalancedSpins() {
        Teacher t = Teacher.random(100, rng);
        Patterns p = Patterns.draw(t, 500, rng);
        long sum = 0;
        for (int mu = 0; mu < p.count(); mu++) {
            for (int i = 0; i < 100; i++) {
                int x = p.input(mu, i);
                assertTrue(x == 1 || x == -1);
                sum += x;
            }
        }
        assertTrue(Math.abs(sum) < 4 * Math.sqrt(50_000.0));
    }

    @Test
    void secondTeacherOverlapIsR0WithinFourOverRootN() {
        int n = 4000;
        Teacher t = Teacher.random(n, rng);
        for (double r0 : new double[] {-1, -0.5, 0, 0.3, 0.5, 1}) {
            double r = t.overlap(t.correlated(r0, rng));
            assertEquals(r0, r, 4 / Math.sqrt(n), "r0=" + r0);
        }
        assertThrows(IllegalArgumentException.class, () -> t.correlated(1.5, rng));
    }

    @Test
    void loadGivesRoundedExampleCount() {
        assertEquals(500, Patterns.countForLoad(0.5, 1000));
        assertEquals(1700, Patterns.countForLoad(1.7, 1000));
        assertEquals(29, Patterns.countForLoad(0.29, 100));   // 0.29*100 = 28.999999999999996
        assertThrows(IllegalArgumentException.class, () -> Patterns.countForLoad(0, 100));
        assertThrows(IllegalArgumentException.class, () -> Patterns.countForLoad(-1, 100));
    }

    @Test
    void batchColumnsTransposeTheRows() {
        int n = 77;
        Teacher t = Teacher.random(n, rng);
        Patterns p = Patterns.draw(t, 53, rng);
        MiniBatches mb = new MiniBatches(p, 20);
        for (int round = 0; round < 2; round++) {
            assertEquals(3, mb.count());
            assertEquals(13, mb.size(2));
            boolean[] seen = new boolean[p.count()];
            for (int b = 0; b < mb.count(); b++) {
                byte[] col = mb.columns(b);
                for (int k = 0; k < mb.size(b); k++) {
                    int mu = mb.example(b, k);
                    seen[mu] = true;
                    for (int i = 0; i < n; i++) {
                        int bit = (col[(k >>> 3) * n + i] >>> (k & 7)) & 1;
                        assertEquals(p.input(mu, i) > 0 ? 1 : 0, bit);
                    }
                }
            }
            for (boolean s : seen) {
                assertTrue(s);
            }
            mb.reshuffle(rng);
        }
    }

    @Test
    void overlapAndErrorOfTheTeacherItself() {
        Teacher t = Teacher.random(90, rng);
        assertEquals(1.0, t.overlap(t), 0);
        Patterns p = Patterns.draw(t, 200, rng);
        assertEquals(0.0, p.errorRate(t.bits()), 0);
    }
}
