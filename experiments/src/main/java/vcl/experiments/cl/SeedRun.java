package vcl.experiments.cl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vcl.experiments.spec.ClRunSpec;
import vcl.sim.images.ImageTask;
import vcl.sim.mlp.DeepRunSeeds;
import vcl.sim.mlp.EpochStats;
import vcl.sim.mlp.EvalMode;

/**
 * One seed of a continual-learning run: every task evaluated at initialisation, then each task
 * trained epoch by epoch (global epoch g = (t − 1)·E + e, β = schedule(g, T·E)) with every task's
 * test set evaluated in every mode after every epoch, a checkpoint written after each. Starts from
 * its checkpoint when there is one. Stops at a diverged epoch, which gets no rows.
 */
final class SeedRun {

    /** What the run reports after each epoch (after its checkpoint is written). */
    interface Observer {
        /** Epoch {@code epoch} of task {@code task} is done; {@code rows} are its evaluations. */
        void epochDone(int seed, int task, int epoch, double beta, EpochStats stats, List<AccuracyRow> rows);

        /** Training diverged in epoch {@code epoch} of task {@code task}; the seed stops. */
        void diverged(int seed, SeedProgress.Divergence where);

        /** The seed continues from a checkpoint after {@code epochsDone} epochs. */
        void resumed(int seed, int epochsDone);

        /** A checkpoint could not be used (damaged, foreign): the seed starts from the beginning. */
        void warning(String message);
    }

    private final ClRunSpec spec;
    private final int seed;
    private final long runSeed;
    private final List<ImageTask> tasks;
    private final ContinualLearner.Factory learners;
    private final Path checkpoint;
    private final String identity;
    private final Observer observer;

    SeedRun(ClRunSpec spec, int seed, long runSeed, List<ImageTask> tasks, ContinualLearner.Factory learners,
            Path checkpoint, String identity, Observer observer) {
        if (tasks.size() != spec.tasks()) {
            throw new IllegalArgumentException(tasks.size() + " tasks for a run of " + spec.tasks());
        }
        this.spec = spec;
        this.seed = seed;
        this.runSeed = runSeed;
        this.tasks = List.copyOf(tasks);
        this.learners = learners;
        this.checkpoint = checkpoint;
        this.identity = identity;
        this.observer = observer;
    }

    /** Runs (or finishes) the seed and returns its rows. */
    SeedProgress run() throws IOException {
        DeepRunSeeds seeds = new DeepRunSeeds(runSeed);
        int total = spec.totalEpochs();
        Checkpoint.Loaded loaded = Checkpoint.read(checkpoint, identity, seed, runSeed, learners,
                observer::warning);
        ContinualLearner learner;
        List<AccuracyRow> rows;
        SeedProgress progress;
        if (loaded == null) {
            long start = System.nanoTime();
            learner = learners.start(seeds.init());
            rows = new ArrayList<>(evaluate(learner, seeds, 0, 0, 0, spec.beta().beta(1, total)));
            progress = new SeedProgress(0, null, seconds(start), rows);
            Checkpoint.write(checkpoint, identity, seed, runSeed, progress, learner);
        } else {
            progress = loaded.progress();
            if (progress.diverged() || progress.epochsDone() >= total) {
                return progress;
            }
            learner = loaded.learner();
            rows = new ArrayList<>(progress.rows());
            observer.resumed(seed, progress.epochsDone());
        }
        int perTask = spec.epochsPerTask();
        for (int g = progress.epochsDone() + 1; g <= total; g++) {
            int task = (g - 1) / perTask + 1;
            int epoch = (g - 1) % perTask + 1;
            double beta = spec.beta().beta(g, total);
            long start = System.nanoTime();
            EpochStats stats = learner.trainEpoch(tasks.get(task - 1), beta, seeds.epoch(g));
            if (stats.diverged() || !learner.finite()) {
                SeedProgress.Divergence where = new SeedProgress.Divergence(task, epoch, beta);
                progress = new SeedProgress(g - 1, where, progress.wallSeconds() + seconds(start), rows);
                Checkpoint.write(checkpoint, identity, seed, runSeed, progress, null);
                observer.diverged(seed, where);
                return progress;
            }
            List<AccuracyRow> fresh = evaluate(learner, seeds, g, task, epoch, beta);
            rows.addAll(fresh);
            if (epoch == perTask) {
                learner.endTask();
            }
            progress = new SeedProgress(g, null, progress.wallSeconds() + seconds(start), rows);
            Checkpoint.write(checkpoint, identity, seed, runSeed, progress, learner);
            observer.epochDone(seed, task, epoch, beta, stats, fresh);
        }
        return progress;
    }

    /** Every task in every mode, after global epoch {@code g} (0: at initialisation). */
    private List<AccuracyRow> evaluate(ContinualLearner learner, DeepRunSeeds seeds, int g, int task, int epoch,
                                       double beta) {
        List<AccuracyRow> out = new ArrayList<>();
        for (int j = 1; j <= tasks.size(); j++) {
            long noise = seeds.evaluation(g, j);
            for (EvalMode mode : spec.evalModes()) {
                double acc = learner.accuracy(tasks.get(j - 1), beta, mode, spec.samples(), noise);
                out.add(new AccuracyRow(seed, task, epoch, beta, j, mode, acc));
            }
        }
        return out;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) * 1e-9;
    }
}
