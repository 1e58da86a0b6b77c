package vcl.sim.mlp;

/**
 * The seeds of one deep continual-learning run, all derived from its run seed by a fixed mixing
 * function, so that any epoch can be recomputed (or resumed) on its own: the initial fields, the
 * pixel permutation of each task, the shuffle and noise of each epoch, and the noise of each
 * evaluation.
 *
 * @param run the run seed (one per seed index, from {@code RandomStreams.runSeeds})
 */
public record DeepRunSeeds(long run) {

    private static final long INIT = 1;
    private static final long PERMUTATION = 2;
    private static final long EPOCH = 3;
    private static final long EVALUATION = 4;

    /** Seed of the initial fields. */
    public long init() {
        return mix(run, INIT, 0, 0);
    }

    /** Seed of the pixel permutation of task {@code task} (1-based). */
    public long permutation(int task) {
        return mix(run, PERMUTATION, task, 0);
    }

    /** Seed of the shuffle and layer noise of epoch {@code epoch} (1-based, counted over all tasks). */
    public long epoch(int epoch) {
        return mix(run, EPOCH, epoch, 0);
    }

    /** Seed of the evaluation noise after epoch {@code epoch} on task {@code task}. */
    public long evaluation(int epoch, int task) {
        return mix(run, EVALUATION, epoch, task);
    }

    private static long mix(long seed, long stream, long a, long b) {
        long z = seed;
        z = splitMix(z ^ splitMix(stream));
        z = splitMix(z ^ splitMix(a + 0x632BE59BD9B4E019L));
        z = splitMix(z ^ splitMix(b + 0x9E3779B97F4A7C15L));
        return z;
    }

    private static long splitMix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
