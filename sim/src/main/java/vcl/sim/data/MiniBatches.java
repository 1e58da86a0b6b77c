package vcl.sim.data;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A partition of a data set into consecutive mini-batches of a given size (the last one may be
 * smaller), in the data set's own order (the paper's) or reshuffled on demand.
 *
 * <p>Besides the example indices, each batch keeps its inputs transposed and packed 8 examples to
 * a byte: for feature i and group g of 8 batch examples, bit j of the byte for (i, g)
 * is 1 when {@code ξ_i = +1} for the batch's example {@code 8g + j}. Gradient sums over a batch read
 * these bytes.
 *
 * <p>Layout: {@code columns(b)[g * N + i]} (group-major), so a sweep over features is contiguous.
 */
public final class MiniBatches {

    private final Patterns data;
    private final int batchSize;
    private final int batches;
    private final int[] order;
    private final byte[][] columns;

    public MiniBatches(Patterns data, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        this.data = data;
        this.batchSize = Math.min(batchSize, data.count());
        this.batches = (data.count() + this.batchSize - 1) / this.batchSize;
        this.order = new int[data.count()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.columns = new byte[batches][];
        pack();
    }

    /** Draws a new uniformly random order of the examples (Fisher-Yates) and repacks the batches. */
    public void reshuffle(UniformRandomProvider rng) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        pack();
    }

    private void pack() {
        int n = data.inputSize();
        int words = data.wordsPerRow();
        long[] rows = data.packedRows();
        for (int b = 0; b < batches; b++) {
            int size = size(b);
            int groups = groups(b);
            byte[] col = columns[b] == null || columns[b].length != n * groups ? new byte[n * groups] : columns[b];
            java.util.Arrays.fill(col, (byte) 0);
            for (int k = 0; k < size; k++) {
                int off = order[b * batchSize + k] * words;
                int g = k >>> 3;
                int bit = 1 << (k & 7);
                for (int w = 0; w < words; w++) {
                    long x = rows[off + w];
                    while (x != 0) {
                        int i = (w << 6) + Long.numberOfTrailingZeros(x);
                        col[g * n + i] |= (byte) bit;
                        x &= x - 1;
                    }
                }
            }
            columns[b] = col;
        }
    }

    public Patterns data() {
        return data;
    }

    /** Number of mini-batches per epoch. */
    public int count() {
        return batches;
    }

    /** Nominal batch size (the last batch may be smaller). */
    public int batchSize() {
        return batchSize;
    }

    /** Number of examples in batch b. */
    public int size(int b) {
        return Math.min(batchSize, data.count() - b * batchSize);
    }

    /** Number of 8-example groups of batch b. */
    public int groups(int b) {
        return (size(b) + 7) >>> 3;
    }

    /** Index in the data set of the k-th example of batch b. */
    public int example(int b, int k) {
        return order[b * batchSize + k];
    }

    /** Transposed packed inputs of batch b (shared, not copied: do not modify). */
    public byte[] columns(int b) {
        return columns[b];
    }
}
