package vcl.sim.perceptron;

import vcl.sim.data.Patterns;

/**
 * A data set's rows as positions in the {@link FieldState#quadSums() quad sums}: for row k and
 * quad q (inputs 4q..4q+3 of the padded row) the position is {@code 16q + b} with b the row's
 * 4-bit sign pattern there, so the product {@code μ_k = Σ_i m_i ξ^k_i} is a sum of Q table entries
 * read at stored positions. Four positions share a 64-bit word (quad q in bits 16·(q mod 4) on), so
 * one load of a word and a shift and mask per position replace a load per position. Computed
 * once per data set (2 bytes per 4 inputs); every row's sum is taken in the order of
 * {@link LocalFields} (four partial sums over q mod 4), so the products are bit for bit those of
 * the packed rows.
 */
final class QuadIndex {

    /** Largest number of quads per row whose positions fit 16 bits. */
    static final int MAX_QUADS = 1 << 12;

    private final Patterns data;
    private final int quads;
    private final int longs;
    private final long[] positions;

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
        int k = 0;
        for (; k + 3 < count; k += 4) {
            quadruple(t, examples[k] * longs, examples[k + 1] * longs, examples[k + 2] * longs,
                    examples[k + 3] * longs, out, k);
        }
        for (; k < count; k++) {
            out[k] = single(t, examples[k] * longs);
        }
    }

    private double single(double[] t, int r) {
        // the tables have a power-of-two length of at most 2^16, so masking a 16-bit field of the
        // word both extracts the (always valid) position and lets the compiler drop the bounds checks
        int mask = t.length - 1;
        long[] p = positions;
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        for (int w = 0; w < longs; w++) {
            long x = p[r + w];
            a0 += t[(int) x & mask];
            a1 += t[(int) (x >>> 16) & mask];
            a2 += t[(int) (x >>> 32) & mask];
            a3 += t[(int) (x >>> 48) & mask];
        }
        return (a0 + a1) + (a2 + a3);
    }

    /** Four rows at once, each in the order of {@link #single}: sixteen independent sums. */
    private void quadruple(double[] t, int r0, int r1, int r2, int r3, double[] out, int k) {
        int mask = t.length - 1;
        long[] p = positions;
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
        for (int w = 0; w < longs; w++) {
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
        out[k] = (a0 + a1) + (a2 + a3);
        out[k + 1] = (b0 + b1) + (b2 + b3);
        out[k + 2] = (c0 + c1) + (c2 + c3);
        out[k + 3] = (e0 + e1) + (e2 + e3);
    }
}
