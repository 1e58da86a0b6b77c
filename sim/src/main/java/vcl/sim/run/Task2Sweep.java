package vcl.sim.run;

import java.util.List;

/**
 * Task-2 runs over a grid of (α2, r0) and seeds: two-task {@link TaskSequence}s sharing their first
 * task. Task 1 is learned once per seed index k, with the task-1 run seed of k (so it equals the
 * task-1 run of the same load and seed), and every task-2 point of that seed continues from it with
 * the task-2 run seed of k ({@link RandomStreams#runSeeds}): results depend neither on the thread
 * count nor on the other points of the grid. Every task goes through a {@link SequenceRun.Store}, so
 * a stored task 1 or task 2 is not trained again.
 */
public final class Task2Sweep {

    /** One task-2 run together with the task-1 trajectory it started from. */
    public record Run(double alpha2, double r0, int seed, RunResult task1, RunResult task2) {
    }

    private Task2Sweep() {
    }

    /** Number of task-1 plus task-2 jobs of a sweep. */
    public static int jobs(double[] alpha2s, double[] r0s, int seeds) {
        return seeds + Math.multiplyExact(Math.multiplyExact(alpha2s.length, r0s.length), seeds);
    }

    /** Runs the sweep; {@code template}'s α2 and r0 are replaced by the grid values. */
    public static List<Run> run(Task2Config template, double[] alpha2s, double[] r0s, int seeds, long masterSeed,
                                ParallelRunner runner, ParallelRunner.Progress progress) {
        return run(template, alpha2s, r0s, seeds, masterSeed, runner, progress, SequenceRun.Store.NONE);
    }

    /** As {@link #run(Task2Config, double[], double[], int, long, ParallelRunner, ParallelRunner.Progress)}, through {@code store}. */
    public static List<Run> run(Task2Config template, double[] alpha2s, double[] r0s, int seeds, long masterSeed,
                                ParallelRunner runner, ParallelRunner.Progress progress, SequenceRun.Store store) {
        if (seeds < 1) {
            throw new IllegalArgumentException("seeds must be >= 1, got " + seeds);
        }
        if (alpha2s.length == 0 || r0s.length == 0) {
            throw new IllegalArgumentException("alpha2 and r0: need at least one value each");
        }
        int points = alpha2s.length * r0s.length;
        Task2Config[] configs = new Task2Config[points];
        for (int a = 0; a < alpha2s.length; a++) {
            for (int r = 0; r < r0s.length; r++) {
                configs[a * r0s.length + r] = new Task2Config(template.task1(), alpha2s[a], r0s[r],
                        template.gamma(), template.training());
            }
        }
        FieldPerceptron learner = template.task1().learner();
        TaskSpec first = template.task1().task();
        long[][] runSeeds = RandomStreams.runSeeds(masterSeed, seeds);
        List<FieldPerceptron.State> firsts = runner.map(seeds, k ->
                SequenceRun.next(learner, null, List.of(first), new long[] {runSeeds[k][0]}, store), progress);
        // task-2 job j = i·K + k: point-major so that the output order is (α2, r0, seed)
        return runner.map(points * seeds, j -> {
            int i = j / seeds;
            int k = j % seeds;
            Task2Config c = configs[i];
            FieldPerceptron.State after = SequenceRun.next(learner, firsts.get(k), List.of(first, c.task2()),
                    runSeeds[k].clone(), store);
            return new Run(c.alpha2(), c.r0(), k, after.result().task(1), after.result().task(2));
        }, progress);
    }
}
