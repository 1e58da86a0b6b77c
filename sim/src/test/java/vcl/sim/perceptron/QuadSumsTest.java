package vcl.sim.perceptron;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import vcl.sim.data.Patterns;
import vcl.sim.data.Teacher;

/**
 * The quad sums the state keeps with its means, and the ±1 products read from them, against sums
 * written out term by term.
 */
class QuadSumsTest {

    private static final int N = 70;   // not a multiple of 4 or 64: a partial quad and padding

    /** Entry 16q + b against Σ_j (bit j of b ? +1 : −1) m_{4q+j}, m = 0 beyond N. */
    private static void assertQuadSums(FieldState s, double[] h, double beta) {
        double[] t = s.quadSums();
        for (int q = 0; q < 64 / 4 * 2; q++) {
            for (int b = 0; b < 16; b++) {
                double direct = 0;
                for (int j = 0; j < 4; j++) {
                    int i = 4 * q + j;
                    double m = i < N ? Math.tanh(beta * h[i]) : 0;
                    direct += ((b >>> j) & 1) == 1 ? m : -m;
                }
                assertEquals(direct, t[16 * q + b], 1e-14, "quad " + q + ", pattern " + b);
            }
        }
    }

    @Test
    void quadSumsFollowTheMeansThroughUpdatesAndRefreshes() {
        SplittableRandom r = new SplittableRandom(3);
        double[] h = new double[N];
        for (int i = 0; i < N; i++) {
            h[i] = 2 * r.nextGaussian();
        }
        FieldState s = new FieldState(h, 1.2);
        assertQuadSums(s, h, 1.2);
        for (int step = 0; step < 50; step++) {
            double[] f = s.fields();
            for (int i = 0; i < N; i++) {
                // small moves (addition theorem) and a few large ones (exact path)
                f[i] += r.nextInt(20) == 0 ? r.nextGaussian() : 0.005 * r.nextGaussian();
            }
            s.update();
        }
        assertQuadSums(s, s.fields(), 1.2);
        s.fields()[5] = -7;
        s.refresh();
        assertQuadSums(s, s.fields(), 1.2);
    }

    @Test
    void rowsGiveTheSameProductAloneOrInGroupsAndMatchDirectSums() {
        UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(9L);
        Teacher teacher = Teacher.random(N, rng);
        Patterns data = Patterns.draw(teacher, 23, rng);   // 4 + 4 + ... + 2 + 1 rows
        double[] h = new double[N];
        SplittableRandom r = new SplittableRandom(4);
        for (int i = 0; i < N; i++) {
            h[i] = r.nextGaussian();
        }
        FieldState s = new FieldState(h, 1.0);
        LocalFields products = new LocalFields();
        int count = data.count();
        int[] offsets = new int[count];
        for (int k = 0; k < count; k++) {
            offsets[k] = data.rowOffset(k);
        }
        double[] together = new double[count];
        products.compute(s.quadSums(), data.packedRows(), data.wordsPerRow(), offsets, count, together);
        double[] alone = new double[1];
        for (int k = 0; k < count; k++) {
            products.compute(s.quadSums(), data.packedRows(), data.wordsPerRow(), new int[] {offsets[k]}, 1, alone);
            assertEquals(alone[0], together[k], 0.0, "row " + k + ": the same sum in the same order");
            double direct = 0;
            for (int i = 0; i < N; i++) {
                direct += Math.tanh(h[i]) * data.input(k, i);
            }
            assertEquals(direct, together[k], 1e-12);
        }
    }
}
