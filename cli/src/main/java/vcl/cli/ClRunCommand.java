package vcl.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.experiments.cl.ClResult;
import vcl.experiments.cl.ClRun;
import vcl.experiments.io.AtomicFiles;
import vcl.experiments.io.OutputFormat;
import vcl.experiments.spec.BaselineSettings;
import vcl.experiments.spec.ClMethod;
import vcl.experiments.spec.ClRunSpec;
import vcl.sim.images.TaskStream;

/** {@code vcl cl run}: one method on one task stream over seeds, resumable ({@link ClRun}). */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a network task after task; after every epoch evaluate every task's test set.",
            "Writes DIR/accuracy.csv (method,seed,after_task,epoch,beta,eval_task,eval_mode,accuracy; seed is the"
                + " seed index, after_task=0 is the initialisation) and DIR/summary.json (accuracy matrices R, ACC,"
                + " BWT, FWT per seed and over seeds, provenance), and prints ACC/BWT/FWT.",
            "A checkpoint per seed after every epoch: the same command with the same DIR continues a killed run.",
            "Exit 3 if training diverged for a seed."})
public final class ClRunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--method", defaultValue = "vcl", description = "Method: one of ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).",
            completionCandidates = MethodNames.class)
    String method;

    @Option(names = "--stream", required = true,
            description = "Task stream: permuted-mnist, permuted-fmnist (every task permuted, task 1 too) or mnist-fmnist (MNIST, then Fashion-MNIST).")
    String stream;

    @Option(names = "--tasks", description = "Tasks (>= 1; default 5, and mnist-fmnist has exactly 2).")
    Integer tasks;

    @Option(names = "--epochs-per-task", defaultValue = "5", description = "Epochs per task (>= 1, default ${DEFAULT-VALUE}).")
    int epochsPerTask;

    @Option(names = "--seeds", defaultValue = "1", description = "Independent runs, one after the other (>= 1, default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--seed", defaultValue = "0", description = "Master seed; seed k runs with split k of it (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Worker threads of a run; the numbers do not depend on it (>= 1,"
            + " default: all available processors).")
    Integer threads;

    @Option(names = "--train-size", defaultValue = "32000", paramLabel = "N|full",
            description = "Training images per task, the first N of the data set, or full (60000) (default ${DEFAULT-VALUE}).")
    String trainSize;

    @Option(names = "--batch", defaultValue = "64", description = "Examples per step (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--batches-per-epoch", description = "Steps per epoch, batches * batch <= train size (default: train size / batch, 500).")
    Integer batchesPerEpoch;

    @Option(names = "--lr", description = "Adam learning rate (> 0; default: vcl 0.01, 0.005 for mnist-fmnist; meta and"
            + " bnn 0.005; ewc 0.001); Adam betas 0.9, 0.99, eps 1e-8 (meta and bnn: 0.9, 0.999).")
    Double lr;

    @Option(names = "--kl-weight", defaultValue = "1", description = "Weight of the KL prior (>= 0, default ${DEFAULT-VALUE}).")
    double klWeight;

    @Option(names = "--anchor", defaultValue = "streaming",
            description = "What the KL prior pulls towards: streaming (the previous step), task-boundary (the end of the previous task) or none (default ${DEFAULT-VALUE}).")
    String anchor;

    @Option(names = "--beta-rate", paramLabel = "R", description = "β = 10 tanh(0.1 + R t/T) over the T epochs of the stream (>= 0; default 2, 1 for mnist-fmnist).")
    Double betaRate;

    @Option(names = "--beta-const", paramLabel = "B", description = "A constant β instead of the schedule (> 0).")
    Double betaConst;

    @Option(names = "--eval", defaultValue = "mean,stochastic", paramLabel = "MODES",
            description = "Evaluation modes: mean (binary network sign(mu)), stochastic (one pass with noise, as the paper's code), sampled (--samples binary networks) (default ${DEFAULT-VALUE}).")
    String eval;

    @Option(names = "--samples", defaultValue = "8", description = "Sampled networks of --eval sampled (in [1, 10000], default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--hidden", defaultValue = "512,512", paramLabel = "WIDTHS", description = "Hidden layer widths (default ${DEFAULT-VALUE}).")
    String hidden;

    @Option(names = "--meta-m", defaultValue = "1.35", description = "Metaplasticity strength m of --method meta,"
            + " f_meta = 1 - tanh^2(m |W_h|) (>= 0; default ${DEFAULT-VALUE}, the value of Laborieux et al. for permuted"
            + " MNIST).")
    double metaM;

    @Option(names = "--ewc-lambda", defaultValue = "100", description = "Strength λ of the EWC penalty"
            + " (λ/2) Σ F (θ − θ*)² of --method ewc (>= 0; default ${DEFAULT-VALUE}).")
    double ewcLambda;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data root with mnist/ and fashion-mnist/ (default: $VCL_DATA_DIR, else $XDG_DATA_HOME/vcl-workbench/datasets).")
    Path dataDir;

    @Option(names = "--out", required = true, paramLabel = "DIR", converter = OutputPaths.Folder.class,
            description = "The run's folder (created; an existing run there is continued).")
    Path out;

    @Option(names = "--format", defaultValue = "table", description = "Summary on stdout: table, csv or json (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** The method names, for the help text. */
    static final class MethodNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(ClMethod.values()).map(ClMethod::id).iterator();
        }
    }

    @Override
    public Integer call() throws IOException {
        ClRunSpec request = request();
        ClResult result = ClRun.run(request, spec.commandLine().getErr());
        AtomicFiles.emit(result.table().render(format, result.provenance()), null, spec.commandLine().getOut());
        return result.diverged() ? ExitCodes.NOT_CONVERGED : ExitCodes.OK;
    }

    private ClRunSpec request() {
        ClMethod m = ClMethod.parse(method);
        TaskStream s = ClRunSpec.stream(stream);
        int size = ClRunSpec.trainSize(trainSize);
        return new ClRunSpec(m, s, tasks != null ? tasks : ClRunSpec.defaultTasks(s), epochsPerTask, seeds, seed,
                threads != null ? threads : Runtime.getRuntime().availableProcessors(), size, batch,
                batchesPerEpoch != null ? batchesPerEpoch : ClRunSpec.defaultBatches(size, batch),
                lr != null ? lr : ClRunSpec.defaultLr(m, s), klWeight, ClRunSpec.anchor(anchor),
                ClRunSpec.beta(s, betaRate, betaConst), ClRunSpec.evalModes(eval), samples, ClRunSpec.hidden(hidden),
                dataDir, out, new BaselineSettings(metaM, ewcLambda));
    }
}
