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
 * pattern (the state's {@link FieldState#quadSums() quad sums}, 32 KB for N = 1000, kept up to date
 * with the means), so {@code μ_μ} costs N/4 table reads per example, at positions computed once per
 * training set ({@link QuadIndex}; {@link LocalFields} for whole data sets); the batch
 * examples are cut into groups of 8, and a 256-entry table of {@code Σ ±c_μ} gives each {@code A_i}
 * in ⌈B/8⌉ reads. An engine instance is confined to one thread.
 */
public final class GaussianFieldLoss implements DataLoss {

    /** Number of rows from which μ is computed with 8-field tables, word by word. */
    public static final int BLOCKED_ROWS = LocalFields.BLOCKED_ROWS;

    /** Largest data set (rows × quads per row) whose {@link QuadIndex} is kept: 16 MB. */
    private static final long MAX_INDEX = 1L << 23;

    private final int n;
    private final LocalFields products = new LocalFields();
    private final BatchPositions positions = new BatchPositions();
    private QuadIndex index;
    private int[] offsets = new int[0];
    private double[] fields = new double[0];
    private double[] batchTable = new double[0];
    private double[] coefficient = new double[0];
    private final double[] lowHalf = new double[128];

    public GaussianFieldLoss(int n) {
        this.n = n;
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
        if (size < BLOCKED_ROWS && indexable(data)) {
            for (int k = 0; k < size; k++) {
                offsets[k] = batches.example(b, k);
            }
            index.compute(state.quadSums(), offsets, size, fields);
        } else {
            for (int k = 0; k < size; k++) {
                offsets[k] = batches.example(b, k) * words;
            }
            products.compute(state.quadSums(), rows, words, offsets, size, fields);
        }
        double sumCMu = 0;
        for (int k = 0; k < size; k++) {
            int mu = batches.example(b, k);
            double field = fields[k];
            int y = data.label(mu);
            double t = -y * field / rootS;
            double c = -y * InverseMillsRatio.value(t);
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
        // A_i summed over the groups in group order (left to right), four groups per pass over the
        // features (from the packed positions when at hand), then two, then one
        int g;
        long[] packed = mask <= 0xFFFF ? positions.of(batches, b, n) : null;
        if (packed != null) {
            g = passes(table, mask, packed, groups >>> 2, grad);
        } else if (groups >= 4) {
            int b1 = n;
            int b2 = 2 * n;
            int b3 = 3 * n;
            for (int i = 0; i < n; i++) {
                double a = table[(col[i] & 0xff) & mask] + table[(256 + (col[b1 + i] & 0xff)) & mask];
                a += table[(512 + (col[b2 + i] & 0xff)) & mask];
                grad[i] = a + table[(768 + (col[b3 + i] & 0xff)) & mask];
            }
            g = 4;
        } else {
            for (int i = 0; i < n; i++) {
                grad[i] = table[(col[i] & 0xff) & mask];
            }
            g = 1;
        }
        for (; g + 3 < groups; g += 4) {
            int b0 = g * n;
            int b1 = b0 + n;
            int b2 = b1 + n;
            int b3 = b2 + n;
            int o0 = g << 8;
            int o1 = o0 + 256;
            int o2 = o1 + 256;
            int o3 = o2 + 256;
            for (int i = 0; i < n; i++) {
                double a = grad[i] + table[(o0 + (col[b0 + i] & 0xff)) & mask];
                a += table[(o1 + (col[b1 + i] & 0xff)) & mask];
                a += table[(o2 + (col[b2 + i] & 0xff)) & mask];
                grad[i] = a + table[(o3 + (col[b3 + i] & 0xff)) & mask];
            }
        }
        if (g + 1 < groups) {
            int b0 = g * n;
            int b1 = b0 + n;
            int o0 = g << 8;
            int o1 = o0 + 256;
            for (int i = 0; i < n; i++) {
                double a = grad[i] + table[(o0 + (col[b0 + i] & 0xff)) & mask];
                grad[i] = a + table[(o1 + (col[b1 + i] & 0xff)) & mask];
            }
            g += 2;
        }
        if (g < groups) {
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

    /**
     * The first {@code 4·count} groups of A_i into {@code grad}, four per pass over the features,
     * read at the packed positions {@code words} ({@link BatchPositions}); returns the groups done.
     */
    private int passes(double[] table, int mask, long[] words, int count, double[] grad) {
        for (int i = 0; i < n; i++) {
            long x = words[i];
            double a = table[(int) x & mask] + table[(int) (x >>> 16) & mask];
            a += table[(int) (x >>> 32) & mask];
            grad[i] = a + table[(int) (x >>> 48) & mask];
        }
        for (int p = 1; p < count; p++) {
            int base = p * n;
            for (int i = 0; i < n; i++) {
                long x = words[base + i];
                double a = grad[i] + table[(int) x & mask];
                a += table[(int) (x >>> 16) & mask];
                a += table[(int) (x >>> 32) & mask];
                grad[i] = a + table[(int) (x >>> 48) & mask];
            }
        }
        return 4 * count;
    }

    /** Whether the quad index of {@code data} is (or is now) at hand; false for data sets too large. */
    private boolean indexable(Patterns data) {
        if (index != null && index.indexes(data)) {
            return true;
        }
        long quads = 16L * data.wordsPerRow();
        if (quads > QuadIndex.MAX_QUADS || quads * data.count() > MAX_INDEX) {
            return false;
        }
        index = new QuadIndex(data);
        return true;
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
        products.compute(state.quadSums(), data.packedRows(), data.wordsPerRow(), offs, offs.length, out);
        return out;
    }

    private void buildBatchTable(int groups) {
        double[] u = batchTable;
        double[] low = lowHalf;
        for (int g = 0; g < groups; g++) {
            int o = g << 8;
            int c = g << 3;
            double base = 0;
            for (int j = 0; j < 8; j++) {
                base -= coefficient[c + j];
            }
            // entry e is base plus 2c_j for every bit j of e, added in increasing j: the first 16
            // entries (bits 0..3) one by one ...
            double d0 = 2 * coefficient[c];
            double d1 = 2 * coefficient[c + 1];
            double d2 = 2 * coefficient[c + 2];
            double d3 = 2 * coefficient[c + 3];
            double e1 = base + d0;
            double e2 = base + d1;
            double e3 = e1 + d1;
            double e4 = base + d2;
            double e5 = e1 + d2;
            double e6 = e2 + d2;
            double e7 = e3 + d2;
            low[0] = base;
            low[1] = e1;
            low[2] = e2;
            low[3] = e3;
            low[4] = e4;
            low[5] = e5;
            low[6] = e6;
            low[7] = e7;
            low[8] = base + d3;
            low[9] = e1 + d3;
            low[10] = e2 + d3;
            low[11] = e3 + d3;
            low[12] = e4 + d3;
            low[13] = e5 + d3;
            low[14] = e6 + d3;
            low[15] = e7 + d3;
            System.arraycopy(low, 0, u, o, 16);
            // ... then for bits 4..7 the entries below 2^j plus 2c_j, read from a copy so that
            // the loop is one over independent entries
            for (int j = 4; j < 8; j++) {
                double d = 2 * coefficient[c + j];
                int len = 1 << j;
                int dst = o + len;
                for (int k = 0; k < len; k++) {
                    u[dst + k] = low[k] + d;
                }
                if (j < 7) {
                    System.arraycopy(u, dst, low, len, len);
                }
            }
        }
    }
}
