package vcl.sim.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SyntheticImagesTest {

    @Test
    void uniformSetsAreSeededAndHaveTheRequestedShape() {
        ImageSet a = SyntheticImages.uniform(500, 6, 7, 3, 11);
        assertEquals(500, a.count());
        assertEquals(42, a.dim());
        assertEquals(3, a.classes());
        ImageSet b = SyntheticImages.uniform(500, 6, 7, 3, 11);
        assertArrayEquals(a.pixels(), b.pixels());
        assertArrayEquals(a.labels(), b.labels());
        assertFalse(Arrays.equals(a.pixels(), SyntheticImages.uniform(500, 6, 7, 3, 12).pixels()));
        assertEquals(0, SyntheticImages.uniform(0, 2, 2, 10, 1).count());
        assertThrows(IllegalArgumentException.class, () -> SyntheticImages.uniform(1, 0, 2, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> SyntheticImages.uniform(1, 2, 2, 0, 1));
    }

    /** Mean pixel 127.5 (standard error 73.9/√21000 ≈ 0.51, tolerance 5 of them); each label about a third. */
    @Test
    void pixelsAndLabelsAreUniform() {
        ImageSet set = SyntheticImages.uniform(500, 6, 7, 3, 5);
        double mean = 0;
        for (byte p : set.pixels()) {
            mean += p & 0xFF;
        }
        mean /= set.pixels().length;
        assertEquals(127.5, mean, 5 * 73.9 / Math.sqrt(set.pixels().length));
        int[] perClass = new int[3];
        for (int i = 0; i < set.count(); i++) {
            perClass[set.label(i)]++;
        }
        for (int c : perClass) {
            assertTrue(Math.abs(c - 500 / 3.0) < 5 * Math.sqrt(500 * (1 / 3.0) * (2 / 3.0)), Arrays.toString(perClass));
        }
    }
}
