package vcl.sim.perceptron;

import vcl.sim.data.MiniBatches;

/**
 * A mini-batch's packed inputs ({@link MiniBatches#columns}) as positions in the 256-entry tables
 * of its coefficients, four groups of 8 examples to a 64-bit word: for feature i and the groups
 * 4p..4p+3, word {@code p·N + i} holds {@code 256g + byte_g(i)} in bits 16·(g − 4p) on. A pass of
 * four groups over the features then loads one word per feature instead of four bytes and adds
 * no offsets. Only whole passes are kept (the groups beyond the last multiple of 4 are read from
 * the bytes).
 *
 * <p>The words of a batch are made the second time it is seen with the same examples (a batch
 * order that stays fixed, the paper's protocol), so a batch reshuffled every epoch costs only the
 * comparison of its example indices. An instance is confined to one thread.
 */
final class BatchPositions {

    /** Largest number of groups whose table positions fit 16 bits. */
    static final int MAX_GROUPS = 256;

    /** Largest number of words kept for one partition into mini-batches (16 MB, as {@link QuadIndex}'s limit). */
    static final long MAX_WORDS = 1L << 21;

    private MiniBatches batches;
    private int[][] examples = new int[0][];
    private long[][] words = new long[0][];

    /**
     * The words of batch b's whole four-group passes, or null when they are not at hand (the
     * batch's examples changed since it was last seen, it has fewer than 4 or more than
     * {@link #MAX_GROUPS} groups, or the data set would need more than {@link #MAX_WORDS} words).
     */
    long[] of(MiniBatches source, int b, int n) {
        int groups = source.groups(b);
        if (groups < 4 || groups > MAX_GROUPS || (long) source.data().count() * n / 32 > MAX_WORDS) {
            return null;
        }
        if (source != batches || examples.length != source.count()) {
            batches = source;
            examples = new int[source.count()][];
            words = new long[source.count()][];
        }
        int size = source.size(b);
        int[] seen = examples[b];
        if (seen == null || seen.length != size || !sameExamples(source, b, seen)) {
            if (seen == null || seen.length != size) {
                seen = new int[size];
                examples[b] = seen;
            }
            for (int k = 0; k < size; k++) {
                seen[k] = source.example(b, k);
            }
            words[b] = null;
            return null;
        }
        if (words[b] == null) {
            words[b] = pack(source.columns(b), groups >>> 2, n);
        }
        return words[b];
    }

    private static boolean sameExamples(MiniBatches source, int b, int[] seen) {
        for (int k = 0; k < seen.length; k++) {
            if (source.example(b, k) != seen[k]) {
                return false;
            }
        }
        return true;
    }

    private static long[] pack(byte[] col, int passes, int n) {
        long[] out = new long[passes * n];
        for (int p = 0; p < passes; p++) {
            for (int j = 0; j < 4; j++) {
                int g = 4 * p + j;
                int base = g * n;
                long offset = (long) g << 8;
                int shift = 16 * j;
                for (int i = 0; i < n; i++) {
                    out[p * n + i] |= (offset + (col[base + i] & 0xff)) << shift;
                }
            }
        }
        return out;
    }
}
