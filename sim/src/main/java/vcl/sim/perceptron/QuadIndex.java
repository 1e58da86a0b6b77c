package vcl.sim.perceptron;

import vcl.sim.data.Patterns;

/**
 * A data set's rows as positions in the {@link FieldState#quadSums() quad sums}: for row k and
 * quad q (inputs 4q..4q+3 of the padded row), entry {@code k·Q + q} is {@code 16q + b} with b the
 * row's 4-bit sign pattern there, so the product {@code μ_k = Σ_i m_i ξ^k_i} is a sum of Q table
 * entries read at stored positions: one load of the position and one of the table per 4 inputs,
 * no bit arithmetic. Computed once per data set (2 bytes per 4 inputs); every row's sum is taken
 * in the order of {@link LocalFields} (four partial sums over q mod 4), so the products are
 * bit for bit those of the packed rows.
 */
final class QuadIndex {

    /** Largest number of quads per row whose positions fit 16 bits. */
    static final int MAX_QUADS = 1 << 12;

    static final int BLOCK = Integer.getInteger("qblock", 32);

    private final Patterns data;
    private final int quads;
    private final int longs;
    private final long[] positions;
    private double[] sums = new double[0];

    /**
     * The positions of every row of {@code data}.
     *
     * @throws IllegalArgumentException when rows have more than {@link #MAX_QUADS} quads
     */
    QuadIndex(Patterns data) {
        int words = data.wordsPerRow();
        this.data = data;
        this.quads = words << 4;
        this.longs = words << 2;
        if (quads > MAX_QUADS) {
            throw new IllegalArgumentException("rows of " + quads + " quads do not fit 16-bit positions");
        }
        int count = data.count();
        long[] rows = data.packedRows();
        this.positions = new long[count * longs];
        for (int k = 0; k < count; k++) {
            for (int w = 0; w < words; w++) {
                long x = rows[k * words + w];
                for (int j = 0; j < 16; j++) {
                    int q = (w << 4) + j;
                    long position = (q << 4) | (int) ((x >>> (j << 2)) & 15);
                    positions[k * longs + (q >>> 2)] |= position << ((q & 3) << 4);
                }
            }
        }
    }

    /** Whether the index was made from {@code other} (the same instance). */
    boolean indexes(Patterns other) {
        return other == data;
    }

    /**
     * {@code out[k] = Σ_i m_i ξ_i} for the data set's rows {@code examples[k]}, k < count, read from
     * the quad sums {@code t} of the means.
     */
    void compute(double[] t, int[] examples, int count, double[] out) {
        if (sums.length < 4 * count) {
            sums = new double[4 * count];
        }
        java.util.Arrays.fill(sums, 0, 4 * count, 0.0);
        for (int from = 0; from < longs; from += BLOCK) {
            int to = Math.min(longs, from + BLOCK);
            int k = 0;
            for (; k + 3 < count; k += 4) {
                quadruple(t, examples[k] * longs, examples[k + 1] * longs, examples[k + 2] * longs,
                        examples[k + 3] * longs, from, to, k);
            }
            for (; k < count; k++) {
                single(t, examples[k] * longs, from, to, k);
            }
        }
        double[] a = sums;
        for (int k = 0; k < count; k++) {
            int o = k << 2;
            out[k] = (a[o] + a[o + 1]) + (a[o + 2] + a[o + 3]);
        }
    }

    private void single(double[] t, int r, int from, int to, int k) {
        // the tables have a power-of-two length of at most 2^16, so masking a 16-bit field of the
        // word both extracts the (always valid) position and lets the compiler drop the bounds checks
        int mask = t.length - 1;
        long[] p = positions;
        int o = k << 2;
        double a0 = sums[o];
        double a1 = sums[o + 1];
        double a2 = sums[o + 2];
        double a3 = sums[o + 3];
        for (int w = from; w < to; w++) {
            long x = p[r + w];
            a0 += t[(int) x & mask];
            a1 += t[(int) (x >>> 16) & mask];
            a2 += t[(int) (x >>> 32) & mask];
            a3 += t[(int) (x >>> 48) & mask];
        }
        sums[o] = a0;
        sums[o + 1] = a1;
        sums[o + 2] = a2;
        sums[o + 3] = a3;
    }

    /** Four rows at once, each in the order of {@link #single}: sixteen independent sums. */
    private void quadruple(double[] t, int r0, int r1, int r2, int r3, int from, int to, int k) {
        int mask = t.length - 1;
        long[] p = positions;
        double[] s = sums;
        int o = k << 2;
        double a0 = s[o];
        double a1 = s[o + 1];
        double a2 = s[o + 2];
        double a3 = s[o + 3];
        double b0 = s[o + 4];
        double b1 = s[o + 5];
        double b2 = s[o + 6];
        double b3 = s[o + 7];
        double c0 = s[o + 8];
        double c1 = s[o + 9];
        double c2 = s[o + 10];
        double c3 = s[o + 11];
        double e0 = s[o + 12];
        double e1 = s[o + 13];
        double e2 = s[o + 14];
        double e3 = s[o + 15];
        for (int w = from; w < to; w++) {
            long x = p[r0 + w];
            long y = p[r1 + w];
            long u = p[r2 + w];
            long v = p[r3 + w];
            a0 += t[(int) x & mask];
            a1 += t[(int) (x >>> 16) & mask];
            a2 += t[(int) (x >>> 32) & mask];
            a3 += t[(int) (x >>> 48) & mask];
            b0 += t[(int) y & mask];
            b1 += t[(int) (y >>> 16) & mask];
            b2 += t[(int) (y >>> 32) & mask];
            b3 += t[(int) (y >>> 48) & mask];
            c0 += t[(int) u & mask];
            c1 += t[(int) (u >>> 16) & mask];
            c2 += t[(int) (u >>> 32) & mask];
            c3 += t[(int) (u >>> 48) & mask];
            e0 += t[(int) v & mask];
            e1 += t[(int) (v >>> 16) & mask];
            e2 += t[(int) (v >>> 32) & mask];
            e3 += t[(int) (v >>> 48) & mask];
        }
        s[o] = a0;
        s[o + 1] = a1;
        s[o + 2] = a2;
        s[o + 3] = a3;
        s[o + 4] = b0;
        s[o + 5] = b1;
        s[o + 6] = b2;
        s[o + 7] = b3;
        s[o + 8] = c0;
        s[o + 9] = c1;
        s[o + 10] = c2;
        s[o + 11] = c3;
        s[o + 12] = e0;
        s[o + 13] = e1;
        s[o + 14] = e2;
        s[o + 15] = e3;
    }
}
