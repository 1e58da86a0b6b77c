package vcl.sim.run;

import java.util.List;
import org.apache.commons.rng.SplittableUniformRandomProvider;

/**
 * Task-1 runs over a grid of loads and seeds. Run j = a·K + k (load index a, seed index k, K seeds)
 * uses the j-th child stream of the master seed ({@link RandomStreams#split}).
 */
public final class Task1Sweep {

    /** One run of the sweep. */
    public record Run(double alpha, int seed, RunResult result) {
    }

    private Task1Sweep() {
    }

    /** Number of runs of a sweep. */
    public static int size(double[] alphas, int seeds) {
        return Math.multiplyExact(alphas.length, seeds);
    }

    /**
     * Runs every (α, seed) pair of {@code template} with its load replaced.
     *
     * @return runs in order α-major, seed-minor
     */
    public static List<Run> run(Task1Config template, double[] alphas, int seeds, long masterSeed,
                                ParallelRunner runner, ParallelRunner.Progress progress) {
        if (seeds < 1) {
            throw new IllegalArgumentException("seeds must be >= 1, got " + seeds);
        }
        if (alphas.length == 0) {
            throw new IllegalArgumentException("alpha: need at least one value");
        }
        Task1Config[] configs = new Task1Config[alphas.length];
        for (int a = 0; a < alphas.length; a++) {
            configs[a] = template.withAlpha(alphas[a]);
        }
        List<SplittableUniformRandomProvider> streams = RandomStreams.split(masterSeed, size(alphas, seeds));
        return runner.map(streams.size(), j -> {
            int a = j / seeds;
            int k = j % seeds;
            RunResult r = new Task1Run(configs[a], streams.get(j)).train();
            return new Run(alphas[a], k, r);
        }, progress);
    }
}
