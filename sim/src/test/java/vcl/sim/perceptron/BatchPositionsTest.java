package vcl.sim.perceptron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import vcl.sim.data.MiniBatches;
import vcl.sim.data.Patterns;
import vcl.sim.data.Teacher;

/**
 * The packed table positions of a mini-batch against its bytes: the words hold the right
 * positions, they are only used for a batch seen twice with the same examples, and the gradient
 * read through them is bit for bit the one read from the bytes.
 */
class BatchPositionsTest {

    private static final int N = 135;

    @Test
    void wordsHoldTheGroupPositionsOfTheBytes() {
        UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(5L);
        Patterns data = Patterns.draw(Teacher.random(N, rng), 100, rng);
        MiniBatches batches = new MiniBatches(data, 100);   // 13 groups: three whole passes
        BatchPositions positions = new BatchPositions();
        assertNull(positions.of(batches, 0, N), "first sight");
        long[] words = positions.of(batches, 0, N);
        assertNotNull(words, "second sight, same examples");
        assertEquals(3 * N, words.length);
        byte[] col = batches.columns(0);
        for (int g = 0; g < 12; g++) {
            for (int i = 0; i < N; i++) {
                long position = (words[(g / 4) * N + i] >>> (16 * (g % 4))) & 0xFFFF;
                assertEquals(256 * g + (col[g * N + i] & 0xff), position, "group " + g + ", feature " + i);
            }
        }
        batches.reshuffle(rng);
        assertNull(positions.of(batches, 0, N), "new examples");
        assertNull(positions.of(new MiniBatches(data, 20), 0, N), "fewer than four groups");
    }

    @Test
    void gradientThroughTheWordsEqualsTheGradientThroughTheBytes() {
        UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(6L);
        Patterns data = Patterns.draw(Teacher.random(N, rng), 230, rng);
        double[] h = new double[N];
        SplittableRandom r = new SplittableRandom(10);
        for (int i = 0; i < N; i++) {
            h[i] = r.nextGaussian();
        }
        FieldState s = new FieldState(h, 1.0);
        MiniBatches batches = new MiniBatches(data, 100);   // 100, 100 and 30 rows: 13, 13 and 4 groups
        GaussianFieldLoss loss = new GaussianFieldLoss(N);
        for (int b = 0; b < batches.count(); b++) {
            double[] fromBytes = new double[N];
            loss.batchGradient(s, batches, b, fromBytes);
            double[] fromWords = new double[N];
            loss.batchGradient(s, batches, b, fromWords);
            double[] again = new double[N];
            loss.batchGradient(s, batches, b, again);
            assertArrayEquals(fromBytes, fromWords, 0.0, "batch " + b);
            assertArrayEquals(fromBytes, again, 0.0, "batch " + b);
        }
    }
}
