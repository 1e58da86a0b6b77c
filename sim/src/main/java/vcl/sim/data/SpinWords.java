package vcl.sim.data;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Vectors of N binary spins {@code s_i = ±1} packed 64 to a {@code long} (bit 1 means +1, bit 0
 * means -1); bits beyond N in the last word are always 0.
 */
public final class SpinWords {

    private SpinWords() {
    }

    /** Number of 64-bit words holding N spins. */
    public static int words(int n) {
        return (n + 63) >>> 6;
    }

    /** Mask of the valid bits of word {@code w} of an N-spin vector. */
    public static long mask(int n, int w) {
        int valid = n - (w << 6);
        return valid >= 64 ? -1L : (1L << valid) - 1;
    }

    /** Fills {@code words} consecutive words from {@code offset} with uniform random spins. */
    public static void fillRandom(long[] dst, int offset, int n, UniformRandomProvider rng) {
        int words = words(n);
        for (int w = 0; w < words; w++) {
            dst[offset + w] = rng.nextLong() & mask(n, w);
        }
    }

    /** Spin {@code i} (±1) of the vector stored at {@code offset}. */
    public static int spin(long[] bits, int offset, int i) {
        return ((bits[offset + (i >>> 6)] >>> (i & 63)) & 1L) != 0 ? 1 : -1;
    }

    /**
     * Dot product {@code Σ_i a_i b_i} of two packed N-spin vectors: N − 2·(number of disagreeing
     * spins).
     */
    public static int dot(long[] a, int offA, long[] b, int offB, int n) {
        int words = words(n);
        int differ = 0;
        for (int w = 0; w < words; w++) {
            differ += Long.bitCount(a[offA + w] ^ b[offB + w]);
        }
        return n - 2 * differ;
    }

    /** Packs the signs of {@code h} (h ≥ 0 gives +1, so sign(0) = +1) into {@code dst}. */
    public static void packSigns(double[] h, int n, long[] dst) {
        java.util.Arrays.fill(dst, 0L);
        for (int i = 0; i < n; i++) {
            if (h[i] >= 0) {
                dst[i >>> 6] |= 1L << (i & 63);
            }
        }
    }
}
