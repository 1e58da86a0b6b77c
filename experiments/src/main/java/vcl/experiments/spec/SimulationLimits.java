package vcl.experiments.spec;

/**
 * Sizes a field-space simulation can hold, checked before anything is allocated: the patterns of
 * a training or test set are packed 64 spins to a long, so a set of {@code P} examples at {@code N}
 * weights takes about {@code 8 P ⌈N/64⌉} bytes; each set must fit in a quarter of the heap
 * ({@code -Xmx}, through {@code VCL_JAVA_OPTS}) and in one Java array; so must the per-weight
 * state of a run ({@link #BYTES_PER_WEIGHT} bytes a weight). The number of seeds per point is at
 * most {@link #MAX_SEEDS}.
 */
public final class SimulationLimits {

    /** The largest {@code --seeds}. */
    public static final int MAX_SEEDS = 1_000_000;

    /** Bytes a weight costs a run: fields, gradients, optimizer moments and statistics, eight doubles. */
    static final long BYTES_PER_WEIGHT = 64;

    private SimulationLimits() {
    }

    /** Checks {@code --seeds}, {@code --test-size} and the loads of {@code loadOption} at {@code n} weights. */
    public static void check(int n, int seeds, int testSize, String loadOption, double... loads) {
        if (seeds > MAX_SEEDS) {
            throw new UserInputException("--seeds", "in [1, " + MAX_SEEDS + "]", Integer.toString(seeds));
        }
        if (n < 1) {
            return;
        }
        long maxN = maxWeights(Runtime.getRuntime().maxMemory());
        if (n > maxN) {
            throw new UserInputException("--n", "in [1, " + maxN + "] (the fields, their optimizer state and"
                    + " statistics, " + BYTES_PER_WEIGHT + " bytes a weight, must fit in a quarter of the heap;"
                    + " raise -Xmx through VCL_JAVA_OPTS for more)", Integer.toString(n));
        }
        long max = maxExamples(n, Runtime.getRuntime().maxMemory());
        if (testSize > max) {
            throw new UserInputException("--test-size", "in [1, " + max + "] at N = " + n
                    + " (the test set must fit in a quarter of the heap; raise -Xmx through VCL_JAVA_OPTS for more)",
                    Integer.toString(testSize));
        }
        for (double a : loads) {
            if (Double.isFinite(a) && a > 0 && Math.round(a * n) > max) {
                throw new UserInputException(loadOption, "at most " + max + "/N = " + ((double) max / n)
                        + " at N = " + n + " (round(alpha N) examples must fit in a quarter of the heap;"
                        + " raise -Xmx through VCL_JAVA_OPTS for more)", Double.toString(a));
            }
        }
    }

    /** The most weights whose per-weight state fits in a quarter of {@code heapBytes}. */
    static long maxWeights(long heapBytes) {
        return Math.max(1, heapBytes / 4 / BYTES_PER_WEIGHT);
    }

    /** The most examples of {@code n} spins that fit in a quarter of {@code heapBytes} and in one array. */
    public static long maxExamples(int n, long heapBytes) {
        long bytesEach = 8L * ((n + 63L) / 64) + 1;
        long words = (n + 63L) / 64;
        return Math.max(1, Math.min(heapBytes / 4 / bytesEach, Integer.MAX_VALUE / words));
    }
}
