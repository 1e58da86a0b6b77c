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

    private final Patterns data;
    private final int quads;
    private final char[] positions;

    /**
     * The positions of every row of {@code data}.
     *
     * @throws IllegalArgumentException when rows have more than {@link #MAX_QUADS} quads
     */
    QuadIndex(Patterns data) {
        int words = data.wordsPerRow();
        this.data = data;
        this.quads = words << 4;
        if (quads > MAX_QUADS) {
            throw new IllegalArgumentException("rows of " + quads + " quads do not fit 16-bit positions");
        }
        int count = data.count();
        long[] rows = data.packedRows();
        this.positions = new char[count * quads];
        for (int k = 0; k < count; k++) {
            int base = k * quads;
            for (int w = 0; w < words; w++) {
                long x = rows[k * words + w];
                for (int j = 0; j < 16; j++) {
                    int q = (w << 4) + j;
                    positions[base + q] = (char) ((q << 4) | (int) ((x >>> (j << 2)) & 15));
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
            quadruple(t, examples[k] * quads, examples[k + 1] * quads, examples[k + 2] * quads,
                    examples[k + 3] * quads, out, k);
        }
        for (; k < count; k++) {
            out[k] = single(t, examples[k] * quads);
        }
    }

    private double single(double[] t, int r) {
        // the tables have a power-of-two length, so masking the (always valid) position lets the
        // compiler drop the bounds checks
        int mask = t.length - 1;
        char[] p = positions;
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        for (int q = 0; q < quads; q += 4) {
            a0 += t[p[r + q] & mask];
            a1 += t[p[r + q + 1] & mask];
            a2 += t[p[r + q + 2] & mask];
            a3 += t[p[r + q + 3] & mask];
        }
        return (a0 + a1) + (a2 + a3);
    }

    /** Four rows at once, each in the order of {@link #single}: sixteen independent sums. */
    private void quadruple(double[] t, int r0, int r1, int r2, int r3, double[] out, int k) {
        int mask = t.length - 1;
        char[] p = positions;
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
        for (int q = 0; q < quads; q += 4) {
            a0 += t[p[r0 + q] & mask];
            a1 += t[p[r0 + q + 1] & mask];
            a2 += t[p[r0 + q + 2] & mask];
            a3 += t[p[r0 + q + 3] & mask];
            b0 += t[p[r1 + q] & mask];
            b1 += t[p[r1 + q + 1] & mask];
            b2 += t[p[r1 + q + 2] & mask];
            b3 += t[p[r1 + q + 3] & mask];
            c0 += t[p[r2 + q] & mask];
            c1 += t[p[r2 + q + 1] & mask];
            c2 += t[p[r2 + q + 2] & mask];
            c3 += t[p[r2 + q + 3] & mask];
            e0 += t[p[r3 + q] & mask];
            e1 += t[p[r3 + q + 1] & mask];
            e2 += t[p[r3 + q + 2] & mask];
            e3 += t[p[r3 + q + 3] & mask];
        }
        out[k] = (a0 + a1) + (a2 + a3);
        out[k + 1] = (b0 + b1) + (b2 + b3);
        out[k + 2] = (c0 + c1) + (c2 + c3);
        out[k + 3] = (e0 + e1) + (e2 + e3);
    }
}
