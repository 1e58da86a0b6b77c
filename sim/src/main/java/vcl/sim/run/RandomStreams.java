package vcl.sim.run;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.rng.SplittableUniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Random streams derived from one master seed: the master generator ({@code L64_X128_MIX}) is
 * split sequentially, one child per run index, so a run's randomness depends only on the master
 * seed and its index, never on which thread executes it.
 */
public final class RandomStreams {

    private RandomStreams() {
    }

    /** The generator of a seed. */
    public static SplittableUniformRandomProvider of(long seed) {
        return (SplittableUniformRandomProvider) RandomSource.L64_X128_MIX.create(seed);
    }

    /** {@code count} independent child streams of the master seed, index i for run i. */
    public static List<SplittableUniformRandomProvider> split(long masterSeed, int count) {
        return of(masterSeed).splits(count).collect(Collectors.toList());
    }
}
