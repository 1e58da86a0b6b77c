package vcl.experiments.cl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import vcl.experiments.io.Json;
import vcl.experiments.io.Progress;
import vcl.experiments.spec.ClRunSpec;
import vcl.experiments.spec.UserInputException;
import vcl.sim.images.DataSet;
import vcl.sim.images.DataSetKind;
import vcl.sim.images.ImageTask;
import vcl.sim.images.TaskStreams;
import vcl.sim.mlp.DeepRunSeeds;
import vcl.sim.mlp.EpochStats;
import vcl.sim.mlp.EvalMode;
import vcl.sim.mlp.MlpShape;
import vcl.sim.run.RandomStreams;

/**
 * {@code vcl cl run} as a computation: loads the stream's data sets, runs the seeds one after the
 * other ({@link SeedRun}; seed k's run seed is split k of the master seed), each resumable from its
 * checkpoint in the run's folder, and writes {@value #ACCURACY_CSV} and {@value #SUMMARY_JSON}
 * there atomically. Progress (in epochs over all seeds) and one line per epoch go to stderr.
 */
public final class ClRun {

    /** The long-format accuracies, one row per seed, epoch, evaluated task and mode. */
    public static final String ACCURACY_CSV = "accuracy.csv";
    /** Matrices, metrics and provenance. */
    public static final String SUMMARY_JSON = "summary.json";

    /** Called after each epoch is checkpointed (a test interrupts a run from here). */
    @FunctionalInterface
    interface EpochHook {
        void afterEpoch(int seed, int globalEpoch);
    }

    private ClRun() {
    }

    /** Runs (or resumes) {@code spec}, reporting on {@code err}. */
    public static ClResult run(ClRunSpec spec, PrintWriter err) throws IOException {
        return run(spec, Learners::of, (seed, epoch) -> { }, err);
    }

    /** {@link #run(ClRunSpec, PrintWriter)} with the learners and the hook given (for tests). */
    static ClResult run(ClRunSpec spec, BiFunction<ClRunSpec, MlpShape, ContinualLearner.Factory> learners,
                        EpochHook hook, PrintWriter err) throws IOException {
        Path root = DataDirectory.resolve(spec.dataDir());
        EnumSet<DataSetKind> kinds = EnumSet.copyOf(spec.stream().dataSets());
        Map<DataSetKind, DataSet> data = DataDirectory.load(root, kinds);
        for (DataSet set : data.values()) {
            if (set.train().count() < spec.trainSize()) {
                throw new UserInputException("--train-size", "an integer in [1, " + set.train().count() + "] for "
                        + set.kind().id() + " in " + root, Integer.toString(spec.trainSize()));
            }
        }
        Map<String, Object> files = DataFiles.describe(root, kinds);
        long[][] runSeeds = RandomStreams.runSeeds(spec.masterSeed(), spec.seeds(), 1);
        List<List<ImageTask>> tasks = new ArrayList<>();
        for (long[] s : runSeeds) {
            DeepRunSeeds seeds = new DeepRunSeeds(s[0]);
            tasks.add(TaskStreams.build(spec.stream(), data, spec.tasks(), spec.trainSize(), seeds::permutation));
        }
        ImageTask first = tasks.get(0).get(0);
        MlpShape shape = MlpShape.of(first.dim(), spec.hidden(), first.classes());
        String identity = RunFolder.claim(spec.out(), ClParameters.identity(spec, shape), err);
        ContinualLearner.Factory factory = learners.apply(spec, shape);

        List<ClResult.SeedOutcome> outcomes = new ArrayList<>();
        long total = (long) spec.seeds() * spec.totalEpochs();
        try (Progress progress = Progress.start("cl run", total, err)) {
            Reporter reporter = new Reporter(spec, progress, hook, err);
            for (int k = 0; k < spec.seeds(); k++) {
                reporter.seedStarts(k);
                SeedRun run = new SeedRun(spec, k, runSeeds[k][0], tasks.get(k), factory,
                        Checkpoint.file(spec.out(), k), identity, reporter);
                SeedProgress p = run.run();
                reporter.seedEnds(k);
                outcomes.add(new ClResult.SeedOutcome(k, runSeeds[k][0], p));
            }
        }
        ClResult result = new ClResult(spec, shape, outcomes, files);
        RunFolder.write(spec.out().resolve(ACCURACY_CSV),
                out -> out.write(result.accuracyCsv().getBytes(StandardCharsets.UTF_8)));
        RunFolder.write(spec.out().resolve(SUMMARY_JSON),
                out -> out.write((Json.write(result.summary()) + "\n").getBytes(StandardCharsets.UTF_8)));
        return result;
    }

    /** Progress, one line per epoch and the divergence message on stderr. */
    private static final class Reporter implements SeedRun.Observer {

        private final ClRunSpec spec;
        private final Progress progress;
        private final EpochHook hook;
        private final PrintWriter err;
        private long done = -1;

        Reporter(ClRunSpec spec, Progress progress, EpochHook hook, PrintWriter err) {
            this.spec = spec;
            this.progress = progress;
            this.hook = hook;
            this.err = err;
        }

        void seedStarts(int seed) {
            step((long) seed * spec.totalEpochs());
        }

        void seedEnds(int seed) {
            step((long) (seed + 1) * spec.totalEpochs());
        }

        /** Epochs done over all seeds (a seed that diverged or was finished before counts in full). */
        private void step(long epochs) {
            if (epochs != done) {
                done = epochs;
                progress.step(epochs);
            }
        }

        @Override
        public void epochDone(int seed, int task, int epoch, double beta, EpochStats stats, List<AccuracyRow> rows) {
            StringBuilder line = new StringBuilder(String.format(java.util.Locale.ROOT, "cl run: seed %d task %d epoch %d beta %.4f loss %.4f",
                    seed, task, epoch, beta, stats.meanLoss()));
            for (EvalMode mode : spec.evalModes()) {
                line.append(" | ").append(mode.id()).append(':');
                for (AccuracyRow r : rows) {
                    if (r.mode() == mode) {
                        line.append(String.format(java.util.Locale.ROOT, " %.4f", r.accuracy()));
                    }
                }
            }
            err.println(line);
            err.flush();
            step((long) seed * spec.totalEpochs() + (long) (task - 1) * spec.epochsPerTask() + epoch);
            hook.afterEpoch(seed, (task - 1) * spec.epochsPerTask() + epoch);
        }

        @Override
        public void warning(String message) {
            err.println("vcl: warning: " + message);
            err.flush();
        }

        @Override
        public void diverged(int seed, SeedProgress.Divergence where) {
            err.printf(java.util.Locale.ROOT, "vcl: seed %d diverged in task %d, epoch %d (beta %.4f): a loss or a field is no longer"
                    + " finite, so the seed stops and its later rows are left out; the likely cause is a learning"
                    + " rate (--lr %s) or a beta (--beta-rate, --beta-const) too large for this network%n",
                    seed, where.task(), where.epoch(), where.beta(), spec.lr());
            err.flush();
        }

        @Override
        public void resumed(int seed, int epochsDone) {
            err.printf(java.util.Locale.ROOT, "cl run: seed %d resumes from its checkpoint after epoch %d of %d%n", seed, epochsDone,
                    spec.totalEpochs());
            err.flush();
        }
    }
}
