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
        int[] order = new int[dim];
        for (int i = 0; i < dim; i++) {
            order[i] = i;
        }
        UniformRandomProvider rng = RandomStreams.of(seed);
        for (int i = dim - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
