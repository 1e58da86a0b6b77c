package vcl.sim.images;

import org.apache.commons.rng.UniformRandomProvider;
import vcl.sim.run.RandomStreams;

/** Seeded pixel permutations, the tasks of a permuted stream. */
public final class Permutations {

    private Permutations() {
    }

    /**
     * A uniformly random permutation of {@code 0 .. dim−1} (Fisher–Yates shuffle driven by
     * {@link RandomStreams#of(long)}): the same seed gives the same permutation.
     */
    public static int[] pixelOrder(int dim, long seed) {
        if (dim < 1) {
            throw new IllegalArgumentException("dim must be >= 1, got " + dim);
        }
        return random(dim, RandomStreams.of(seed));
    }

    /** A uniformly random permutation of 0..n−1 drawn from {@code rng} (Fisher–Yates, from the end). */
    public static int[] random(int n, UniformRandomProvider rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
