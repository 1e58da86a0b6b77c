package vcl.experiments.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vcl.experiments.cl.ClResult;
import vcl.experiments.cl.ClRun;
import vcl.experiments.cl.ContinualMetrics;
import vcl.experiments.io.DataTable;
import vcl.experiments.spec.BaselineSettings;
import vcl.experiments.spec.ClMethod;
import vcl.experiments.spec.ClRunSpec;
import vcl.experiments.spec.UserInputException;
import vcl.sim.images.TaskStream;
import vcl.sim.mlp.EvalMode;

/**
 * {@code cl run} in a sweep: one run per point, in the point's own run folder under the sweep's
 * ({@code points/<point id>}), so a killed sweep resumes the unfinished point from its checkpoints
 * as {@code vcl cl run} does. Its rows are tidy: one per seed and evaluation mode, with ACC, BWT and
 * FWT of that seed (NaN and status {@code diverged} for a seed that diverged); the run's
 * {@code accuracy.csv} and {@code summary.json} stay in its folder. Parameters and defaults are
 * those of {@code vcl cl run}, except {@code threads} (1: the sweep runs its points in parallel).
 */
final class ClRunPoint implements LineComputation {

    /** The columns of a point's rows. */
    static final List<String> COLUMNS = List.of("method", "stream", "seed_index", "run_seed", "eval_mode", "status",
            "acc", "bwt", "fwt");

    private static final List<Parameter> PARAMETERS = List.of(
            Parameter.optional("method", ParameterKind.TEXT, "vcl"),
            Parameter.required("stream", ParameterKind.TEXT),
            Parameter.optional("tasks", ParameterKind.INTEGER, null),
            Parameter.optional("epochs-per-task", ParameterKind.INTEGER, 5L),
            Parameter.optional("seeds", ParameterKind.INTEGER, 1L),
            Parameter.optional("seed", ParameterKind.INTEGER, 0L),
            Parameter.optional("threads", ParameterKind.INTEGER, 1L),
            Parameter.optional("train-size", ParameterKind.TEXT, "32000"),
            Parameter.optional("batch", ParameterKind.INTEGER, 64L),
            Parameter.optional("batches-per-epoch", ParameterKind.INTEGER, null),
            Parameter.optional("lr", ParameterKind.REAL, null),
            Parameter.optional("kl-weight", ParameterKind.REAL, 1.0),
            Parameter.optional("anchor", ParameterKind.TEXT, "streaming"),
            Parameter.optional("beta-rate", ParameterKind.REAL, null),
            Parameter.optional("beta-const", ParameterKind.REAL, null),
            Parameter.optional("eval", ParameterKind.TEXT, "mean,stochastic"),
            Parameter.optional("samples", ParameterKind.INTEGER, 8L),
            Parameter.optional("hidden", ParameterKind.TEXT, "512,512"),
            Parameter.optional("meta-m", ParameterKind.REAL, 1.35),
            Parameter.optional("ewc-lambda", ParameterKind.REAL, 100.0),
            Parameter.optional("data-dir", ParameterKind.TEXT, null));

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> lineAxes() {
        return List.of();
    }

    @Override
    public Supplier<DataTable> prepare(PointValues p, Map<String, double[]> line, Path folder) {
        ClRunSpec spec = spec(p, folder);
        return () -> {
            try {
                return rows(ClRun.run(spec, Discard.writer()));
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        };
    }

    /** The run of point {@code p} in the run folder {@code out}, with {@code vcl cl run}'s defaults. */
    static ClRunSpec spec(PointValues p, Path out) {
        ClMethod method = ClMethod.parse(p.text("method"));
        TaskStream stream = ClRunSpec.stream(p.text("stream"));
        Long tasks = p.integerOrNull("tasks");
        int size = ClRunSpec.trainSize(p.text("train-size"));
        int batch = TrainingParameters.whole("batch", p.integer("batch"));
        Long batches = p.integerOrNull("batches-per-epoch");
        Double lr = p.realOrNull("lr");
        String dataDir = p.text("data-dir");
        return new ClRunSpec(method, stream,
                tasks != null ? TrainingParameters.whole("tasks", tasks) : ClRunSpec.defaultTasks(stream),
                TrainingParameters.whole("epochs-per-task", p.integer("epochs-per-task")),
                TrainingParameters.whole("seeds", p.integer("seeds")), p.integer("seed"),
                TrainingParameters.whole("threads", p.integer("threads")), size, batch,
                batches != null ? TrainingParameters.whole("batches-per-epoch", batches)
                        : ClRunSpec.defaultBatches(size, batch),
                lr != null ? lr : ClRunSpec.defaultLr(method, stream), p.real("kl-weight"),
                ClRunSpec.anchor(p.text("anchor")), ClRunSpec.beta(stream, p.realOrNull("beta-rate"),
                        p.realOrNull("beta-const")), ClRunSpec.evalModes(p.text("eval")),
                TrainingParameters.whole("samples", p.integer("samples")), ClRunSpec.hidden(p.text("hidden")),
                dataDir == null ? null : path(dataDir), out,
                new BaselineSettings(p.real("meta-m"), p.real("ewc-lambda")));
    }

    /** One row per seed and evaluation mode: that seed's ACC, BWT and FWT. */
    static DataTable rows(ClResult result) {
        DataTable table = new DataTable(COLUMNS);
        String method = result.spec().method().id();
        String stream = result.spec().stream().id();
        for (ClResult.SeedOutcome s : result.seeds()) {
            for (EvalMode mode : result.spec().evalModes()) {
                ContinualMetrics c = result.metrics(s, mode);
                table.add(method, stream, (long) s.seed(), s.runSeed(), mode.id(), c == null ? "diverged" : "finished",
                        c == null ? Double.NaN : c.acc(), c == null ? Double.NaN : c.bwt(),
                        c == null ? Double.NaN : c.fwt());
            }
        }
        return table;
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UserInputException("data-dir", "a folder", "'" + text + "'");
        }
    }
}
