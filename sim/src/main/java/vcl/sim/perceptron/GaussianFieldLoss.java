package vcl.sim.perceptron;

import vcl.sim.data.MiniBatches;
import vcl.sim.data.Patterns;

/**
 * The data term of the field-space loss, {@code L(h) = −Σ_μ log H(t_μ)} with
 * {@code t_μ = −y^μ μ_μ / √S}, {@code μ_μ = Σ_i m_i ξ^μ_i}, and its exact gradient
 * <pre>
 *   ∂L/∂h_i = β_f σ_i (S A_i + m_i C) / S^{3/2},
 *   A_i = Σ_μ c_μ ξ^μ_i,  C = Σ_μ c_μ μ_μ,  c_μ = −y^μ R(t_μ),
 * </pre>
 * where {@code R(t) = −H'(t)/H(t)} is the inverse Mills ratio ({@link GaussianTail#millsRatio}).
 *
 * <p>Both sums over ±1 inputs are done with lookup tables instead of multiplications: the fields
 * are cut into groups of 4, and for each group a 16-entry table holds {@code Σ ±m_i} for every sign
 * pattern (32 KB in all for N = 1000, built once per mini-batch), so {@code μ_μ} costs N/4 table
 * reads per example; the batch examples are cut into groups of 8, and a 256-entry table of
 * {@code Σ ±c_μ} gives each {@code A_i} in ⌈B/8⌉ reads. Tables over 8 fields halve the reads of
 * μ but cost more to build than they save below a few hundred examples; they are used for large
 * batches only. An engine instance is confined to one thread.
 */
public final class GaussianFieldLoss implements DataLoss {

    /** Number of rows from which μ is computed with 8-field tables, word by word. */
    public static final int BLOCKED_ROWS = 256;

    private final int n;
    private final double[] fieldTable;
    private final double[] blockTable = new double[8 * 256];
    private int[] offsets = new int[0];
    private double[] fields = new double[0];
    private double[] batchTable = new double[0];
    private double[] coefficient = new double[0];

    public GaussianFieldLoss(int n) {
        this.n = n;
        int padded = ((n + 63) >>> 6) << 6;
        this.fieldTable = new double[Integer.highestOneBit(padded * 4 - 1) << 1];
    }

    /**
     * Overwrites {@code grad} (length N) with the gradient of the data loss summed over mini-batch
     * b, at the state's current fields (the state must be refreshed).
     */
    @Override
    public void batchGradient(FieldState state, MiniBatches batches, int b, double[] grad) {
        Patterns data = batches.data();
        int size = batches.size(b);
        int groups = batches.groups(b);
        if (coefficient.length < groups * 8) {
            coefficient = new double[groups * 8];
            batchTable = new double[Integer.highestOneBit(groups * 256 - 1) << 1];
            offsets = new int[groups * 8];
            fields = new double[groups * 8];
        }
        java.util.Arrays.fill(coefficient, 0.0);
        double s = state.sumVariance();
        double rootS = Math.sqrt(s);
        long[] rows = data.packedRows();
        int words = data.wordsPerRow();
        for (int k = 0; k < size; k++) {
            offsets[k] = batches.example(b, k) * words;
        }
        localFields(state.means(), rows, words, offsets, size, fields);
        double sumCMu = 0;
        for (int k = 0; k < size; k++) {
            int mu = batches.example(b, k);
            double field = fields[k];
            int y = data.label(mu);
            double t = -y * field / rootS;
            double c = -y * GaussianTail.millsRatio(t);
            coefficient[k] = c;
            sumCMu += c * field;
        }
        buildBatchTable(groups);
        byte[] col = batches.columns(b);
        double[] m = state.means();
        double[] sigma = state.variances();
        double scale = state.betaField() / (s * rootS);
        double[] table = batchTable;
        int mask = table.length - 1;
        for (int i = 0; i < n; i++) {
            grad[i] = table[(col[i] & 0xff) & mask];
        }
        for (int g = 1; g < groups; g++) {
            int base = g * n;
            int o = g << 8;
            for (int i = 0; i < n; i++) {
                grad[i] += table[(o + (col[base + i] & 0xff)) & mask];
            }
        }
        for (int i = 0; i < n; i++) {
            grad[i] = scale * sigma[i] * (s * grad[i] + m[i] * sumCMu);
        }
    }

    /** The data loss {@code −Σ_μ log H(t_μ)} over a whole data set at the state's fields. */
    @Override
    public double value(FieldState state, Patterns data) {
        double[] mu = localFields(state, data);
        double rootS = Math.sqrt(state.sumVariance());
        double loss = 0;
        for (int k = 0; k < mu.length; k++) {
            loss -= GaussianTail.logH(-data.label(k) * mu[k] / rootS);
        }
        return loss;
    }

    /** Mean pre-activations {@code μ = m·ξ} of every example of a data set. */
    public double[] localFields(FieldState state, Patterns data) {
        int[] offs = new int[data.count()];
        for (int k = 0; k < offs.length; k++) {
            offs[k] = data.rowOffset(k);
        }
        double[] out = new double[offs.length];
        localFields(state.means(), data.packedRows(), data.wordsPerRow(), offs, offs.length, out);
        return out;
    }

    /**
     * {@code out[k] = Σ_i m_i ξ_i} for the rows starting at {@code offsets[k]}, k < count. Below
     * {@value #BLOCKED_ROWS} rows: one 16-entry table per 4 fields, N/4 reads per row. From
     * {@value #BLOCKED_ROWS} rows on (full-batch training, whole data sets) the fields are taken 64
     * at a time (one word of every row) with one 256-entry table per 8 fields (16 KB, cache
     * resident), N/8 reads per row; the 32 table entries per field then cost less than the reads saved.
     */
    private void localFields(double[] m, long[] rows, int words, int[] offsets, int count, double[] out) {
        if (count < BLOCKED_ROWS) {
            buildFieldTable(m);
            int k = 0;
            for (; k + 1 < count; k += 2) {
                localFieldPair(rows, offsets[k], offsets[k + 1], words, out, k);
            }
            if (k < count) {
                out[k] = localField(rows, offsets[k], words);
            }
            return;
        }
        java.util.Arrays.fill(out, 0, count, 0.0);
        double[] t = blockTable;
        double[] low = new double[16];
        double[] high = new double[16];
        for (int w = 0; w < words; w++) {
            int first = w << 6;
            for (int g = 0; g < 8; g++) {
                fillNibbleTable(m, first + (g << 3), low, 0);
                fillNibbleTable(m, first + (g << 3) + 4, high, 0);
                int o = g << 8;
                for (int hi = 0; hi < 16; hi++) {
                    double u = high[hi];
                    int row = o + (hi << 4);
                    for (int lo = 0; lo < 16; lo++) {
                        t[row + lo] = low[lo] + u;
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

    private void buildFieldTable(double[] m) {
        double[] t = fieldTable;
        int quads = m.length >>> 2;
        for (int g = 0; g < quads; g++) {
            fillNibbleTable(m, g << 2, t, g << 4);
        }
    }

    /** Writes the 16 signed sums {@code Σ_{j<4} ±m_{i+j}} (bit j of the index set: +) at {@code t[o..o+15]}. */
    private static void fillNibbleTable(double[] m, int i, double[] t, int o) {
        double d0 = 2 * m[i];
        double d1 = 2 * m[i + 1];
        double d2 = 2 * m[i + 2];
        double d3 = 2 * m[i + 3];
        double base = -0.5 * (d0 + d1 + d2 + d3);
        t[o] = base;
        t[o + 1] = base + d0;
        t[o + 2] = base + d1;
        t[o + 3] = t[o + 2] + d0;
        t[o + 4] = base + d2;
        t[o + 5] = t[o + 4] + d0;
        t[o + 6] = t[o + 4] + d1;
        t[o + 7] = t[o + 6] + d0;
        for (int k = 0; k < 8; k++) {
            t[o + 8 + k] = t[o + k] + d3;
        }
    }

    private double localField(long[] rows, int offset, int words) {
        double[] t = fieldTable;
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
    private void localFieldPair(long[] rows, int first, int second, int words, double[] out, int k) {
        double[] t = fieldTable;
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

    private void buildBatchTable(int groups) {
        double[] u = batchTable;
        for (int g = 0; g < groups; g++) {
            int o = g << 8;
            double base = 0;
            for (int j = 0; j < 8; j++) {
                base -= coefficient[(g << 3) + j];
            }
            u[o] = base;
            for (int j = 0; j < 8; j++) {
                double d = 2 * coefficient[(g << 3) + j];
                int len = 1 << j;
                for (int k = 0; k < len; k++) {
                    u[o + len + k] = u[o + k] + d;
                }
            }
        }
    }
}
