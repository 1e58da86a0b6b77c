package vcl.sim.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.numbers.gamma.RegularizedGamma;
import org.junit.jupiter.api.Test;

class PermutationsTest {

    @Test
    void aPixelOrderIsAPermutationAndTheSameForTheSameSeed() {
        int[] order = Permutations.pixelOrder(784, 7);
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < 784; i++) {
            assertEquals(i, sorted[i]);
        }
        assertArrayEquals(order, Permutations.pixelOrder(784, 7));
        assertFalse(Arrays.equals(order, Permutations.pixelOrder(784, 8)));
        assertArrayEquals(new int[] {0}, Permutations.pixelOrder(1, 3));
        assertThrows(IllegalArgumentException.class, () -> Permutations.pixelOrder(0, 3));
    }

    /**
     * All 24 orders of 4 pixels come up equally often over 24 000 seeds: Pearson's χ² with 23
     * degrees of freedom, rejected only if its p-value is below 1e-6 (a biased shuffle such as
     * "swap with any position" fails this by far).
     */
    @Test
    void everyOrderOfFourPixelsIsEquallyLikely() {
        int draws = 24_000;
        Map<String, Integer> counts = new HashMap<>();
        for (long seed = 0; seed < draws; seed++) {
            counts.merge(Arrays.toString(Permutations.pixelOrder(4, seed)), 1, Integer::sum);
        }
        assertEquals(24, counts.size());
        double expected = draws / 24.0;
        double chi2 = counts.values().stream().mapToDouble(c -> (c - expected) * (c - expected) / expected).sum();
        double p = RegularizedGamma.Q.value(23 / 2.0, chi2 / 2);
        assertTrue(p > 1e-6, "χ² = " + chi2 + ", p = " + p);
    }

    /**
     * Each pixel of a 784-pixel image lands in each of 8 blocks of 98 positions equally often over
     * 2 000 seeds: χ² of the 784 × 8 table (expected 250 per cell), whose (784 − 1)(8 − 1)
     * degrees of freedom give a p-value that must exceed 1e-6.
     */
    @Test
    void pixelsOfAFullImageLandInEveryRegionEquallyOften() {
        int dim = 784;
        int blocks = 8;
        int draws = 2_000;
        long[][] counts = new long[dim][blocks];
        for (long seed = 0; seed < draws; seed++) {
            int[] order = Permutations.pixelOrder(dim, 1_000_000 + seed);
            for (int position = 0; position < dim; position++) {
                counts[order[position]][position / (dim / blocks)]++;
            }
        }
        double expected = draws / (double) blocks;
        double chi2 = 0;
        for (long[] row : counts) {
            for (long c : row) {
                chi2 += (c - expected) * (c - expected) / expected;
            }
        }
        int dof = (dim - 1) * (blocks - 1);
        double p = RegularizedGamma.Q.value(dof / 2.0, chi2 / 2);
        assertTrue(p > 1e-6, "χ² = " + chi2 + " for " + dof + " degrees of freedom, p = " + p);
    }
}
