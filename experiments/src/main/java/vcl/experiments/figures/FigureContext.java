package vcl.experiments.figures;

import java.util.List;
import vcl.experiments.io.Progress;
import vcl.sim.run.ParallelRunner;
import vcl.sim.run.Task1Config;
import vcl.sim.run.Task1Sweep;

/**
 * What a figure computation may use besides its preset: the master seed of its simulations, the
 * number of threads, a progress display on stderr, and the store of finished runs that makes a long
 * figure resumable.
 */
public record FigureContext(long masterSeed, int threads, Progress.Factory progress, RunCache cache) {

    /** Task-1 runs over loads and seeds (α-major), each read from the cache (under its one-task sequence key) when it was finished before. */
    List<Task1Sweep.Run> task1Runs(String task, Task1Config template, double[] alphas, int seeds) {
        try (Progress p = progress.start(task, (long) alphas.length * seeds)) {
            return Task1Sweep.run(template, alphas, seeds, masterSeed, new ParallelRunner(threads), p, cache);
        }
    }
}
