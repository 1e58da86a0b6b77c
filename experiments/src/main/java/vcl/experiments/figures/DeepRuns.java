package vcl.experiments.figures;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vcl.experiments.cl.ClResult;
import vcl.experiments.cl.ClRun;
import vcl.experiments.cl.DataDirectory;
import vcl.experiments.io.Progress;
import vcl.experiments.spec.BaselineSettings;
import vcl.experiments.spec.ClMethod;
import vcl.experiments.spec.ClRunSpec;
import vcl.sim.images.TaskStream;
import vcl.sim.mlp.BetaSchedule;
import vcl.sim.mlp.EvalMode;
import vcl.sim.mlp.KlAnchor;

/**
 * The continual-learning runs behind a deep figure (4, 5): one {@code vcl cl run} per method on the
 * same stream, seeds and protocol. Each method's run has its own folder under the figure's run
 * cache, {@code .cache/deep/<figure>/<method>-<key>}, the key made of every setting, the data root,
 * the version and the build's commit (as {@link RunCache} keys its runs): a stopped figure resumes
 * from the runs' checkpoints, and a finished run is read back. Without a cache, and always for the
 * tiny preset (which writes its own stand-in data, {@link TinyImageData}), the runs go to a
 * temporary folder removed afterwards.
 */
final class DeepRuns {

    /**
     * The protocol every method of a figure shares.
     *
     * @param stream          the task stream
     * @param tasks           tasks of the stream
     * @param epochsPerTask   epochs per task
     * @param seeds           independent runs per method
     * @param trainSize       training images per task
     * @param batch           examples per step
     * @param batchesPerEpoch steps per epoch
     * @param lr              Adam's learning rate of the variational method (every other method runs at its
     *                        own default, {@link ClRunSpec#defaultLr(ClMethod, TaskStream)})
     * @param beta            the β schedule of the variational method
     * @param hidden          hidden widths
     * @param tinyData        train on the generated stand-in data instead of the data root
     */
    record Protocol(TaskStream stream, int tasks, int epochsPerTask, int seeds, int trainSize, int batch,
                    int batchesPerEpoch, double lr, BetaSchedule beta, List<Integer> hidden, boolean tinyData) {

        Protocol {
            hidden = List.copyOf(hidden);
        }

        /** The spec of one method's run. */
        ClRunSpec spec(ClMethod method, long masterSeed, int threads, Path dataDir, Path out) {
            double methodLr = method == ClMethod.VCL ? lr : ClRunSpec.defaultLr(method, stream);
            return new ClRunSpec(method, stream, tasks, epochsPerTask, seeds, masterSeed, threads, trainSize, batch,
                    batchesPerEpoch, methodLr, 1, KlAnchor.STREAMING, beta, evalModes(method), 1, hidden, dataDir, out,
                    BaselineSettings.DEFAULTS);
        }

        /** The figure's JSON record of the protocol. */
        Map<String, Object> parameters() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("stream", stream.id());
            p.put("tasks", tasks);
            p.put("epochs_per_task", epochsPerTask);
            p.put("seeds", seeds);
            p.put("train_size", trainSize);
            p.put("batch", batch);
            p.put("batches_per_epoch", batchesPerEpoch);
            p.put("lr", lr);
            p.put("lr_other_methods", "each method's own default: meta and bnn 0.005 (Laborieux et al.), ewc 0.001");
            p.put("beta_schedule", beta.toString());
            p.put("hidden", hidden);
            p.put("kl", "weight 1, streaming anchor (the previous step), as the authors' code");
            p.put("data", tinyData ? "generated 8x8 stand-ins of MNIST and Fashion-MNIST (tiny preset only)"
                    : "the installed data sets (see each run's summary.json for files and SHA-256)");
            return p;
        }
    }

    private DeepRuns() {
    }

    /** The evaluation mode a figure shows for {@code method}: the paper's one stochastic pass for vcl, the network itself otherwise. */
    static EvalMode shownMode(ClMethod method) {
        return method == ClMethod.VCL ? EvalMode.STOCHASTIC : EvalMode.MEAN;
    }

    /** The modes a run evaluates: vcl also records its mean network (sign of the fields), for the notes. */
    static List<EvalMode> evalModes(ClMethod method) {
        return method == ClMethod.VCL ? List.of(EvalMode.MEAN, EvalMode.STOCHASTIC) : List.of(EvalMode.MEAN);
    }

    /** The methods named {@code ids} (command-line names), parsed now so a figure lists methods by name. */
    static List<ClMethod> methods(List<String> ids) {
        return ids.stream().map(ClMethod::parse).toList();
    }

    /** Runs (or resumes, or reads back) every method of {@code figureId} under {@code protocol}. */
    static Map<ClMethod, ClResult> run(String figureId, List<ClMethod> methods, Protocol protocol,
            FigureContext context) {
        Path temporary = null;
        try {
            Path base;
            Path dataDir;
            if (protocol.tinyData() || context.cache().folder().isEmpty()) {
                temporary = Files.createTempDirectory("vcl-figure-" + figureId + "-");
                base = temporary.resolve("runs");
                dataDir = protocol.tinyData() ? TinyImageData.write(temporary.resolve("data")) : null;
            } else {
                base = context.cache().folder().get().resolve("deep").resolve(figureId);
                dataDir = null;
            }
            String root = DataDirectory.resolve(dataDir).toAbsolutePath().toString();
            PrintWriter err = context.progress() == Progress.SILENT ? new PrintWriter(Writer.nullWriter())
                    : new PrintWriter(System.err, true);
            Map<ClMethod, ClResult> results = new LinkedHashMap<>();
            for (ClMethod method : methods) {
                ClRunSpec keySpec = protocol.spec(method, context.masterSeed(), 1, dataDir, Path.of("."));
                String key = RunCache.key("deep|" + keySpec + "|" + root);
                Path out = base.resolve(method.id() + "-" + key.substring(0, 16));
                ClRunSpec spec = protocol.spec(method, context.masterSeed(), context.threads(), dataDir, out);
                err.println("figure " + figureId + ": " + method.id() + " in " + out);
                results.put(method, ClRun.run(spec, err));
            }
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException("figure " + figureId + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                delete(temporary);
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
