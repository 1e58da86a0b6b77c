package vcl.experiments.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vcl.sim.images.TaskStream;
import vcl.sim.mlp.BetaSchedule;
import vcl.sim.mlp.EvalMode;
import vcl.sim.mlp.KlAnchor;
import vcl.sim.mlp.MlpTraining;

/**
 * What {@code vcl cl run} is asked to do, every value checked once here: a method trained on a
 * stream of tasks, epoch by epoch, over several seeds, evaluated on every task after every epoch.
 * The static helpers parse the option texts and give the defaults that depend on the stream.
 *
 * @param method          the learner ({@code --method})
 * @param stream          the task stream ({@code --stream})
 * @param tasks           tasks of the stream ({@code --tasks}, ≥ 1; exactly the stream's count if it has one)
 * @param epochsPerTask   training epochs per task ({@code --epochs-per-task}, ≥ 1)
 * @param seeds           independent runs ({@code --seeds}, ≥ 1)
 * @param masterSeed      the master seed every run seed is split from ({@code --seed})
 * @param threads         worker threads of one run ({@code --threads}, ≥ 1; the numbers do not depend on it)
 * @param trainSize       training images per task, the first of the data set ({@code --train-size}, in [1, 60000])
 * @param batch           examples per step ({@code --batch}, in [1, trainSize])
 * @param batchesPerEpoch steps per epoch ({@code --batches-per-epoch}, batch · batchesPerEpoch ≤ trainSize)
 * @param lr              Adam's learning rate ({@code --lr}, &gt; 0)
 * @param klWeight        weight of the KL prior ({@code --kl-weight}, ≥ 0)
 * @param anchor          what the KL prior pulls towards ({@code --anchor})
 * @param beta            the β schedule over all epochs of the stream ({@code --beta-rate}, {@code --beta-const})
 * @param evalModes       evaluation modes, in the order of {@link EvalMode} ({@code --eval}, at least one)
 * @param samples         sampled networks of the {@code sampled} mode ({@code --samples}, in [1, 10000])
 * @param hidden          hidden layer widths ({@code --hidden}, each in [1, 65536])
 * @param dataDir         the data root ({@code --data-dir}; null: the environment or the default)
 * @param out             the run's folder ({@code --out})
 * @param baselines       the reference methods' own hyper-parameters ({@code --meta-m}, {@code --ewc-lambda})
 */
public record ClRunSpec(ClMethod method, TaskStream stream, int tasks, int epochsPerTask, int seeds, long masterSeed,
                        int threads, int trainSize, int batch, int batchesPerEpoch, double lr, double klWeight,
                        KlAnchor anchor, BetaSchedule beta, List<EvalMode> evalModes, int samples,
                        List<Integer> hidden, Path dataDir, Path out, BaselineSettings baselines) {

    /** The training images of MNIST and Fashion-MNIST, what {@code --train-size full} means. */
    public static final int FULL_TRAIN_SIZE = 60_000;
    /** The paper's training subset, the default {@code --train-size}. */
    public static final int PAPER_TRAIN_SIZE = 32_000;
    /** Tasks of a permuted stream unless {@code --tasks} says otherwise. */
    public static final int DEFAULT_TASKS = 5;
    /** The paper's β scale and offset: β = 10·tanh(0.1 + rate·t/T). */
    public static final double BETA_SCALE = 10;
    public static final double BETA_OFFSET = 0.1;

    private static final int MAX_SAMPLES = 10_000;
    /** The most tasks of a stream, seeds of a run and epochs per task. */
    public static final int MAX_TASKS = 1_000;
    public static final int MAX_SEEDS = 10_000;
    public static final int MAX_EPOCHS_PER_TASK = 100_000;
    /** Pixels of every stream's images (28 x 28), the network's input. */
    static final int IMAGE_PIXELS = 784;
    /** Bytes a network weight costs a run, for the size limit of {@code --hidden}. */
    static final long BYTES_PER_WEIGHT = 64;
    private static final int MAX_WIDTH = 65_536;

    public ClRunSpec {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(beta, "beta");
        if (stream.fixedTaskCount() != 0 && tasks != stream.fixedTaskCount()) {
            throw new UserInputException("--tasks", stream.fixedTaskCount() + " for --stream " + stream.id(),
                    Integer.toString(tasks));
        }
        Range.atLeast(1).check("--tasks", tasks);
        Range.atLeast(1).check("--epochs-per-task", epochsPerTask);
        Range.atLeast(1).check("--seeds", seeds);
        count("--tasks", tasks, MAX_TASKS);
        count("--epochs-per-task", epochsPerTask, MAX_EPOCHS_PER_TASK);
        count("--seeds", seeds, MAX_SEEDS);
        Range.atLeast(1).check("--threads", threads);
        count("--train-size", trainSize, FULL_TRAIN_SIZE);
        count("--batch", batch, trainSize);
        count("--batches-per-epoch", batchesPerEpoch, trainSize / batch);
        Range.positive(Double.POSITIVE_INFINITY).check("--lr", lr);
        Range.nonNegative(Double.POSITIVE_INFINITY).check("--kl-weight", klWeight);
        evalModes = canonical(evalModes);
        count("--samples", samples, MAX_SAMPLES);
        hidden = List.copyOf(hidden);
        for (int w : hidden) {
            count("--hidden", w, MAX_WIDTH);
        }
        checkNetworkFits(hidden, Runtime.getRuntime().maxMemory());
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(baselines, "baselines");
    }

    /** The training of one run: the paper's Adam with this learning rate, batches and prior. */
    public MlpTraining training() {
        return MlpTraining.PAPER.withLearningRate(lr).withBatches(batch, batchesPerEpoch).withPrior(klWeight, anchor);
    }

    /** Epochs of the whole stream, the T of the β schedule. */
    public int totalEpochs() {
        return tasks * epochsPerTask;
    }

    /** {@code --stream}: one of the streams' names. */
    public static TaskStream stream(String text) {
        for (TaskStream s : TaskStream.values()) {
            if (s.id().equals(text)) {
                return s;
            }
        }
        throw new UserInputException("--stream", "one of " + Arrays.stream(TaskStream.values())
                .map(TaskStream::id).collect(Collectors.joining(", ")), "'" + text + "'");
    }

    /** {@code --anchor}: streaming, task-boundary or none. */
    public static KlAnchor anchor(String text) {
        for (KlAnchor a : KlAnchor.values()) {
            if (a.id().equals(text)) {
                return a;
            }
        }
        throw new UserInputException("--anchor", "one of " + Arrays.stream(KlAnchor.values())
                .map(KlAnchor::id).collect(Collectors.joining(", ")), "'" + text + "'");
    }

    /** {@code --eval}: a comma-separated list of mean, stochastic, sampled. */
    public static List<EvalMode> evalModes(String text) {
        List<EvalMode> modes = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            EvalMode found = null;
            for (EvalMode m : EvalMode.values()) {
                if (m.id().equals(item.trim())) {
                    found = m;
                }
            }
            if (found == null) {
                throw new UserInputException("--eval", "a list of " + Arrays.stream(EvalMode.values())
                        .map(EvalMode::id).collect(Collectors.joining(", ")), "'" + text + "'");
            }
            modes.add(found);
        }
        return modes;
    }

    /** {@code --hidden}: comma-separated widths, e.g. 512,512. */
    public static List<Integer> hidden(String text) {
        List<Integer> widths = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            try {
                widths.add(Integer.parseInt(item.trim()));
            } catch (NumberFormatException e) {
                throw new UserInputException("--hidden", "a list of integers in [1, " + MAX_WIDTH + "] such as 512,512",
                        "'" + text + "'");
            }
        }
        return widths;
    }

    /** {@code --train-size}: a number, or {@code full} for all {@value #FULL_TRAIN_SIZE} training images. */
    public static int trainSize(String text) {
        if (text.equals("full")) {
            return FULL_TRAIN_SIZE;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new UserInputException("--train-size", "an integer in [1, " + FULL_TRAIN_SIZE + "] or full",
                    "'" + text + "'");
        }
    }

    /** Tasks unless {@code --tasks} is given: the stream's own count, else {@value #DEFAULT_TASKS}. */
    public static int defaultTasks(TaskStream stream) {
        return stream.fixedTaskCount() != 0 ? stream.fixedTaskCount() : DEFAULT_TASKS;
    }

    /** Learning rate unless {@code --lr} is given: the paper's 0.01 for permuted streams, 0.005 for mnist-fmnist. */
    public static double defaultLr(TaskStream stream) {
        return stream.permuted() ? 0.01 : 0.005;
    }

    /**
     * Learning rate of {@code method} unless {@code --lr} is given, each method's own published or
     * standard value, none tuned here: 0.005 for meta and bnn (Laborieux et al.), 0.001 for ewc (Adam's
     * usual rate for a real-valued network; at the variational method's 0.01 real weights of scale
     * 0.05 move by 0.01 a step), else by stream (the paper's rates of the variational method).
     */
    public static double defaultLr(ClMethod method, TaskStream stream) {
        return switch (method) {
            case META, BNN -> 0.005;
            case EWC -> 0.001;
            case VCL -> defaultLr(stream);
        };
    }

    /** Batches per epoch unless {@code --batches-per-epoch} is given: one pass over the training subset. */
    public static int defaultBatches(int trainSize, int batch) {
        return batch >= 1 ? Math.max(1, trainSize / batch) : 1;
    }

    /**
     * The β schedule: {@code constant} if given, else 10·tanh(0.1 + rate·t/T) with {@code rate}
     * if given, else the paper's rate (2 for permuted streams, 1 for mnist-fmnist).
     */
    public static BetaSchedule beta(TaskStream stream, Double rate, Double constant) {
        if (rate != null && constant != null) {
            throw UserInputException.malformed("--beta-const", "--beta-rate and --beta-const exclude each other;"
                    + " give one of them");
        }
        if (constant != null) {
            return new BetaSchedule.Constant(Range.positive(Double.POSITIVE_INFINITY).check("--beta-const", constant));
        }
        double r = rate != null ? Range.nonNegative(Double.POSITIVE_INFINITY).check("--beta-rate", rate)
                : stream.permuted() ? 2 : 1;
        return new BetaSchedule.Tanh(BETA_SCALE, BETA_OFFSET, r);
    }

    /**
     * The network 784-hidden-10 must fit: {@value #BYTES_PER_WEIGHT} bytes a weight (the variational
     * means and variances, their Adam moments and gradients) in a quarter of the heap.
     */
    static void checkNetworkFits(List<Integer> hidden, long heapBytes) {
        long weights = 0;
        long in = IMAGE_PIXELS;
        for (int w : hidden) {
            weights += (in + 1) * w;
            in = w;
        }
        weights += (in + 1) * 10;
        long max = heapBytes / 4 / BYTES_PER_WEIGHT;
        if (weights > max) {
            throw new UserInputException("--hidden", "widths giving at most " + max + " weights (" + BYTES_PER_WEIGHT
                    + " bytes each must fit in a quarter of the heap; raise -Xmx through VCL_JAVA_OPTS for more)",
                    hidden + " (" + weights + " weights)");
        }
    }

    private static void count(String option, int value, int max) {
        if (value < 1 || value > max) {
            throw new UserInputException(option, "an integer in [1, " + max + "]", Integer.toString(value));
        }
    }

    private static List<EvalMode> canonical(List<EvalMode> modes) {
        if (modes.isEmpty()) {
            throw new UserInputException("--eval", "a non-empty list of mean, stochastic, sampled", "none");
        }
        EnumSet<EvalMode> set = EnumSet.noneOf(EvalMode.class);
        for (EvalMode m : modes) {
            if (!set.add(m)) {
                throw new UserInputException("--eval", "a list of distinct modes", m.id() + " twice");
            }
        }
        return List.copyOf(set);
    }
}
