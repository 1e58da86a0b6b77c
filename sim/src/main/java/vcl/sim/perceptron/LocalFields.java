package vcl.sim.perceptron;

/**
 * The products {@code μ_k = Σ_i m_i ξ^k_i} of the means with bit-packed ±1 rows, read from the
 * state's {@link FieldState#quadSums() quad sums}: one table read per 4 inputs, four rows at a time
 * so that sixteen independent sums keep the adders busy. From {@value #BLOCKED_ROWS} rows on, 8-input
 * tables are built from pairs of quads, which halves the reads. Below that, every row's sum is taken
 * in the same order whether it is computed alone or with others, so a row's μ does not depend on
 * its position in the batch. An instance (its scratch table) is confined to one thread.
 */
final class LocalFields {

    /** Number of rows from which μ is computed with 8-field tables, word by word. */
    static final int BLOCKED_ROWS = 256;

    private final double[] blockTable = new double[8 * 256];

    /**
     * {@code out[k] = Σ_i m_i ξ_i} for the rows starting at {@code offsets[k]}, k < count. Below
     * {@value #BLOCKED_ROWS} rows: one 16-entry table per 4 fields, N/4 reads per row. From
     * {@value #BLOCKED_ROWS} rows on (full-batch training, whole data sets) the fields are taken 64
     * at a time (one word of every row) with one 256-entry table per 8 fields (16 KB, cache
     * resident), N/8 reads per row; the 32 table entries per field then cost less than the reads saved.
     */
    void compute(double[] quads, long[] rows, int words, int[] offsets, int count, double[] out) {
        if (count < BLOCKED_ROWS) {
            int k = 0;
            for (; k + 3 < count; k += 4) {
                quadruple(quads, rows, offsets[k], offsets[k + 1], offsets[k + 2], offsets[k + 3], words, out, k);
            }
            for (; k + 1 < count; k += 2) {
                pair(quads, rows, offsets[k], offsets[k + 1], words, out, k);
            }
            if (k < count) {
                out[k] = single(quads, rows, offsets[k], words);
            }
            return;
        }
        java.util.Arrays.fill(out, 0, count, 0.0);
        double[] t = blockTable;
        for (int w = 0; w < words; w++) {
            int first = w << 6;
            for (int g = 0; g < 8; g++) {
                // the 8-field table of fields first + 8g .. + 7 from the quad sums of its two halves
                int low = (first + (g << 3)) << 2;
                int high = low + 16;
                int o = g << 8;
                for (int hi = 0; hi < 16; hi++) {
                    double u = quads[high + hi];
                    int row = o + (hi << 4);
                    for (int lo = 0; lo < 16; lo++) {
                        t[row + lo] = quads[low + lo] + u;
                    }
                }
            }
            for (int k = 0; k < count; k++) {
                long x = rows[offsets[k] + w];
                double s0 = t[(int) (x & 255)] + t[(256 + (int) ((x >>> 8) & 255)) & 2047];
                double s1 = t[(512 + (int) ((x >>> 16) & 255)) & 2047] + t[(768 + (int) ((x >>> 24) & 255)) & 2047];
                double s2 = t[(1024 + (int) ((x >>> 32) & 255)) & 2047] + t[(1280 + (int) ((x >>> 40) & 255)) & 2047];
                double s3 = t[(1536 + (int) ((x >>> 48) & 255)) & 2047] + t[(1792 + (int) (x >>> 56)) & 2047];
                out[k] += (s0 + s1) + (s2 + s3);
            }
        }
    }

    private static double single(double[] t, long[] rows, int offset, int words) {
        // the tables have a power-of-two length, so masking the (always valid) index lets the
        // compiler drop the bounds checks
        int mask = t.length - 1;
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        int o = 0;
        for (int w = 0; w < words; w++) {
            long x = rows[offset + w];
            for (int q = 0; q < 4; q++) {
                a0 += t[(o + (int) (x & 15)) & mask];
                a1 += t[(o + 16 + (int) ((x >>> 4) & 15)) & mask];
                a2 += t[(o + 32 + (int) ((x >>> 8) & 15)) & mask];
                a3 += t[(o + 48 + (int) ((x >>> 12) & 15)) & mask];
                x >>>= 16;
                o += 64;
            }
        }
        return (a0 + a1) + (a2 + a3);
    }

    /** Two rows at once: eight independent sums keep the floating-point adders busy. */
    private static void pair(double[] t, long[] rows, int first, int second, int words, double[] out,
                                       int k) {
        int mask = t.length - 1;
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        double b0 = 0;
        double b1 = 0;
        double b2 = 0;
        double b3 = 0;
        int o = 0;
        for (int w = 0; w < words; w++) {
            long x = rows[first + w];
            long y = rows[second + w];
            for (int q = 0; q < 4; q++) {
                a0 += t[(o + (int) (x & 15)) & mask];
                a1 += t[(o + 16 + (int) ((x >>> 4) & 15)) & mask];
                a2 += t[(o + 32 + (int) ((x >>> 8) & 15)) & mask];
                a3 += t[(o + 48 + (int) ((x >>> 12) & 15)) & mask];
                b0 += t[(o + (int) (y & 15)) & mask];
                b1 += t[(o + 16 + (int) ((y >>> 4) & 15)) & mask];
                b2 += t[(o + 32 + (int) ((y >>> 8) & 15)) & mask];
                b3 += t[(o + 48 + (int) ((y >>> 12) & 15)) & mask];
                x >>>= 16;
                y >>>= 16;
                o += 64;
            }
        }
        out[k] = (a0 + a1) + (a2 + a3);
        out[k + 1] = (b0 + b1) + (b2 + b3);
    }

    /**
     * Four rows at once, each row's four sums taken in the same order as {@link #single}: sixteen
     * independent sums, and the table offsets computed once for four rows.
     */
    private static void quadruple(double[] t, long[] rows, int r0, int r1, int r2, int r3, int words, double[] out,
                                  int k) {
        int mask = t.length - 1;
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        double b0 = 0;
        double b1 = 0;
        double b2 = 0;
        double b3 = 0;
        double c0 = 0;
        double c1 = 0;
        double c2 = 0;
        double c3 = 0;
        double e0 = 0;
        double e1 = 0;
        double e2 = 0;
        double e3 = 0;
        int o = 0;
        for (int w = 0; w < words; w++) {
            long x = rows[r0 + w];
            long y = rows[r1 + w];
            long u = rows[r2 + w];
            long v = rows[r3 + w];
            for (int q = 0; q < 4; q++) {
                a0 += t[(o + (int) (x & 15)) & mask];
                a1 += t[(o + 16 + (int) ((x >>> 4) & 15)) & mask];
                a2 += t[(o + 32 + (int) ((x >>> 8) & 15)) & mask];
                a3 += t[(o + 48 + (int) ((x >>> 12) & 15)) & mask];
                b0 += t[(o + (int) (y & 15)) & mask];
                b1 += t[(o + 16 + (int) ((y >>> 4) & 15)) & mask];
                b2 += t[(o + 32 + (int) ((y >>> 8) & 15)) & mask];
                b3 += t[(o + 48 + (int) ((y >>> 12) & 15)) & mask];
                c0 += t[(o + (int) (u & 15)) & mask];
                c1 += t[(o + 16 + (int) ((u >>> 4) & 15)) & mask];
                c2 += t[(o + 32 + (int) ((u >>> 8) & 15)) & mask];
                c3 += t[(o + 48 + (int) ((u >>> 12) & 15)) & mask];
                e0 += t[(o + (int) (v & 15)) & mask];
                e1 += t[(o + 16 + (int) ((v >>> 4) & 15)) & mask];
                e2 += t[(o + 32 + (int) ((v >>> 8) & 15)) & mask];
                e3 += t[(o + 48 + (int) ((v >>> 12) & 15)) & mask];
                x >>>= 16;
                y >>>= 16;
                u >>>= 16;
                v >>>= 16;
                o += 64;
            }
        }
        out[k] = (a0 + a1) + (a2 + a3);
        out[k + 1] = (b0 + b1) + (b2 + b3);
        out[k + 2] = (c0 + c1) + (c2 + c3);
        out[k + 3] = (e0 + e1) + (e2 + e3);
    }
}
