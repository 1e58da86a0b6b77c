package vcl.sim.run;

import org.apache.commons.rng.SplittableUniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Random streams derived from one master seed. The master generator ({@code L64_X128_MIX}) is
 * split sequentially into one child per seed index k; child k gives one 64-bit run seed per task of
 * a sequence (its successive {@code nextLong}s: the first for task 1, the second for task 2, …).
 * Each task builds its own generator from its run seed,
 * so a run depends only on the master seed and its seed index: not on the thread that executes it,
 * nor on the other loads of the sweep (all loads of seed k share teacher, data stream and initial
 * fields: common random numbers).
 */
public final class RandomStreams {

    private RandomStreams() {
    }

    /** The generator of a run seed. */
    public static SplittableUniformRandomProvider of(long seed) {
        return (SplittableUniformRandomProvider) RandomSource.L64_X128_MIX.create(seed);
    }

    /**
     * Run seeds of seed indices 0..count−1 for two tasks: {@code seeds[k][0]} for task 1,
     * {@code seeds[k][1]} for task 2 (the first two of {@link #runSeeds(long, int, int)}).
     */
    public static long[][] runSeeds(long masterSeed, int count) {
        return runSeeds(masterSeed, count, 2);
    }

    /**
     * Run seeds of seed indices 0..count−1 for a sequence of {@code tasks} tasks:
     * {@code seeds[k][t − 1]} for task t. The seeds of the first tasks do not depend on how many
     * tasks follow.
     */
    public static long[][] runSeeds(long masterSeed, int count, int tasks) {
        if (count < 1) {
            throw new IllegalArgumentException("seeds must be >= 1, got " + count);
        }
        if (tasks < 1) {
            throw new IllegalArgumentException("tasks must be >= 1, got " + tasks);
        }
        long[][] out = new long[count][tasks];
        var children = of(masterSeed).splits(count).iterator();
        for (int k = 0; k < count; k++) {
            SplittableUniformRandomProvider child = children.next();
            for (int t = 0; t < tasks; t++) {
                out[k][t] = child.nextLong();
            }
        }
        return out;
    }
}
