package vcl.sim.perceptron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import vcl.sim.data.MiniBatches;
import vcl.sim.data.Patterns;
import vcl.sim.data.Teacher;

/**
 * The products read at a data set's stored quad positions against those of the packed rows (the
 * same sums in the same order: bit for bit) and against sums written out term by term.
 */
class QuadIndexTest {

    private static final int N = 135;   // three words, the last one partly padding

    @Test
    void indexedProductsEqualPackedRowProductsBitForBit() {
        UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(21L);
        Teacher teacher = Teacher.random(N, rng);
        Patterns data = Patterns.draw(teacher, 31, rng);
        double[] h = new double[N];
        SplittableRandom r = new SplittableRandom(8);
        for (int i = 0; i < N; i++) {
            h[i] = 1.5 * r.nextGaussian();
        }
        FieldState s = new FieldState(h, 1.0);
        QuadIndex index = new QuadIndex(data);
        assertTrue(index.indexes(data));
        assertFalse(index.indexes(Patterns.draw(teacher, 31, rng)));
        int count = data.count();
        int[] examples = new int[count];
        int[] offsets = new int[count];
        for (int k = 0; k < count; k++) {
            examples[k] = (7 * k + 3) % count;   // a batch in another order than the data set's
            offsets[k] = data.rowOffset(examples[k]);
        }
        double[] indexed = new double[count];
        index.compute(s.quadSums(), examples, count, indexed);
        double[] packed = new double[count];
        new LocalFields().compute(s.quadSums(), data.packedRows(), data.wordsPerRow(), offsets, count, packed);
        for (int k = 0; k < count; k++) {
            assertEquals(packed[k], indexed[k], 0.0, "row " + examples[k]);
            double direct = 0;
            for (int i = 0; i < N; i++) {
                direct += Math.tanh(h[i]) * data.input(examples[k], i);
            }
            assertEquals(direct, indexed[k], 1e-12);
        }
    }

    @Test
    void theGradientIsTheSameWithAndWithoutTheIndex() {
        UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(22L);
        Teacher teacher = Teacher.random(N, rng);
        Patterns data = Patterns.draw(teacher, 60, rng);
        double[] h = new double[N];
        SplittableRandom r = new SplittableRandom(9);
        for (int i = 0; i < N; i++) {
            h[i] = r.nextGaussian();
        }
        FieldState s = new FieldState(h, 1.0);
        MiniBatches batches = new MiniBatches(data, 25);   // 25, 25 and 10 rows
        GaussianFieldLoss loss = new GaussianFieldLoss(N);
        double[] g = new double[N];
        for (int b = 0; b < batches.count(); b++) {
            loss.batchGradient(s, batches, b, g);
            // the same batch as a data set of its own, summed by the packed rows (whole-set path)
            double[] mu = loss.localFields(s, data);
            double rootS = Math.sqrt(s.sumVariance());
            double[] a = new double[N];
            double sumCMu = 0;
            for (int k = 0; k < batches.size(b); k++) {
                int e = batches.example(b, k);
                double c = -data.label(e) * GaussianTail.millsRatio(-data.label(e) * mu[e] / rootS);
                sumCMu += c * mu[e];
                for (int i = 0; i < N; i++) {
                    a[i] += c * data.input(e, i);
                }
            }
            for (int i = 0; i < N; i++) {
                double expected = s.variances()[i] * (s.sumVariance() * a[i] + s.means()[i] * sumCMu)
                        / (s.sumVariance() * rootS);
                assertEquals(expected, g[i], 1e-12 * (1 + Math.abs(expected)));
            }
        }
    }
}
