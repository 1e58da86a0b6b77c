package vcl.sim.run;

import java.util.List;

/**
 * Task-1 runs over a grid of loads and seeds. The run of load α and seed index k uses the task-1
 * run seed of k ({@link RandomStreams#runSeeds}), so it is the same whatever the other loads.
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
        return run(template, alphas, seeds, masterSeed, runner, progress, SequenceRun.Store.NONE);
    }

    /**
     * As {@link #run(Task1Config, double[], int, long, ParallelRunner, ParallelRunner.Progress)}, each run
     * read from {@code store} when it holds it (under the same key as the first task of a sequence).
     */
    public static List<Run> run(Task1Config template, double[] alphas, int seeds, long masterSeed,
                                ParallelRunner runner, ParallelRunner.Progress progress, SequenceRun.Store store) {
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
        long[][] runSeeds = RandomStreams.runSeeds(masterSeed, seeds);
        // the largest data sets start first (a run's time grows with its examples P)
        return runner.map(size(alphas, seeds), j -> {
            int a = j / seeds;
            int k = j % seeds;
            return new Run(alphas[a], k, Task1Run.run(configs[a], runSeeds[k][0], store));
        }, j -> configs[j / seeds].examples(), progress);
    }
}
