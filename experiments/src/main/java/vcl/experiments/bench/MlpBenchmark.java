package vcl.experiments.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import vcl.experiments.io.VersionInfo;
import vcl.experiments.spec.MlpBenchSpec;
import vcl.experiments.spec.RunSettings;
import vcl.experiments.spec.UserInputException;
import vcl.sim.images.ImageSet;
import vcl.sim.images.ImageTask;
import vcl.sim.images.Permutations;
import vcl.sim.images.SyntheticImages;
import vcl.sim.mlp.BetaSchedule;
import vcl.sim.mlp.EvalMode;
import vcl.sim.mlp.MlpShape;
import vcl.sim.mlp.MlpState;
import vcl.sim.mlp.MlpTraining;
import vcl.sim.mlp.ProductTiming;
import vcl.sim.mlp.VariationalMlp;

/**
 * The deep workload of figures 4 and 5 timed on random data, as the numpy baseline
 * {@code mlp_numpy.py --synthetic} times it: training epochs of the paper's 784-512-512-10 variational
 * MLP (batch 64, 500 batches, β at the end of a one-epoch schedule), the evaluation of 5 permuted
 * test sets of 10 000 images in each evaluation mode, and the hot matrix product by OpenBLAS and by
 * EJML. With a baseline, it runs after the Java part in the same command and the ratio is printed.
 */
public final class MlpBenchmark {

    private static final int TRAIN = 32_000;
    private static final int TEST = 10_000;
    private static final int TASKS = 5;
    /** Single-precision flops per cycle and core with two 8-lane fused multiply-add units. */
    private static final int FLOPS_PER_CYCLE = 32;

    private MlpBenchmark() {
    }

    /** Runs the benchmark, printing the report to {@code out} and the baseline's progress to {@code err}. */
    public static void run(MlpBenchSpec spec, RunSettings run, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        MlpShape shape = MlpShape.PAPER;
        MlpTraining training = MlpTraining.PAPER;
        int threads = run.threads();
        double beta = BetaSchedule.PAPER.beta(1, 1);
        out.printf(Locale.ROOT, "workload: variational MLP %s, batch %d, %d batches per epoch, Adam lr %s, streaming KL,"
                        + " beta %.3f, random images (%d train, %d test)%n", shape, training.batchSize(),
                training.batchesPerEpoch(), training.learningRate(), beta, TRAIN, TEST);
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "vcl %s, java %s, %d threads, %d processors%n", VersionInfo.version(),
                System.getProperty("java.version"), threads, cores);
        out.flush();

        ImageSet train = SyntheticImages.uniform(TRAIN, 28, 28, 10, run.masterSeed());
        ImageSet test = SyntheticImages.uniform(TEST, 28, 28, 10, run.masterSeed() + 1);
        ImageTask task = new ImageTask("random", train, test, null);
        VariationalMlp net = new VariationalMlp(shape, training, threads);
        MlpState state = net.initialState(run.masterSeed());
        double stepFlops = ProductTiming.stepFlops(shape, training.batchSize());
        double[] seconds = new double[spec.epochs()];
        for (int e = 0; e < spec.epochs(); e++) {
            long t0 = System.nanoTime();
            net.trainEpoch(state, task, beta, run.masterSeed() + 10 + e);
            seconds[e] = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "java: training epoch %d: %.2f s (products %.1f GFLOP/s of the epoch's time)%n",
                    e + 1, seconds[e], stepFlops * training.batchesPerEpoch() / seconds[e] / 1e9);
            out.flush();
        }
        double javaEpoch = spec.epochs() == 1 ? seconds[0] : median(Arrays.copyOfRange(seconds, 1, seconds.length));
        out.printf(Locale.ROOT, "java: training epoch %.2f s (%s; %.0f GFLOP of products per epoch)%n", javaEpoch,
                spec.epochs() == 1 ? "the only epoch, JIT warm-up included" : "median of the epochs after the first",
                stepFlops * training.batchesPerEpoch() / 1e9);
        for (EvalMode mode : new EvalMode[] {EvalMode.MEAN, EvalMode.STOCHASTIC}) {
            long t0 = System.nanoTime();
            for (int t = 1; t <= TASKS; t++) {
                net.accuracy(state, test, Permutations.pixelOrder(784, t), beta, mode, 1, t);
            }
            out.printf(Locale.ROOT, "java: evaluation of %d tasks x %d test images, %s network: %.2f s%n", TASKS, TEST,
                    mode.id(), (System.nanoTime() - t0) / 1e9);
        }
        hotProduct(training.batchSize(), shape, cores, out);
        out.flush();
        if (spec.baseline() != null) {
            baseline(spec, javaEpoch, out, err);
        }
    }

    /** The first layer's forward product (batch × 784 by 784 × 512) by OpenBLAS and by EJML. */
    private static void hotProduct(int batch, MlpShape shape, int cores, PrintWriter out) {
        int n = shape.in(0);
        int m = shape.out(0);
        double openBlas = ProductTiming.gflops(batch, m, n, 2000);
        double ejml = ejmlGflops(batch, m, n, 50);
        out.printf(Locale.ROOT, "hot product %dx%d by %dx%d, single precision, one thread: OpenBLAS %.1f GFLOP/s,"
                + " EJML %.1f GFLOP/s%n", batch, n, n, m, openBlas, ejml);
        double ghz = clockGhz();
        if (ghz > 0) {
            double peak = FLOPS_PER_CYCLE * ghz;
            out.printf(Locale.ROOT, "peak at the nominal %.2f GHz of /proc/cpuinfo (%d single-precision flops per cycle:"
                            + " two 8-lane FMA units): %.0f GFLOP/s per core, %.0f GFLOP/s on %d cores; OpenBLAS"
                            + " reaches %.0f%% of one core (above 100%% means the core runs above its nominal clock)%n",
                    ghz, FLOPS_PER_CYCLE, peak, peak * cores, cores, 100 * openBlas / peak);
        }
    }

    private static double ejmlGflops(int rows, int cols, int inner, int reps) {
        Random rnd = new Random(1);
        FMatrixRMaj a = new FMatrixRMaj(rows, inner);
        FMatrixRMaj b = new FMatrixRMaj(inner, cols);
        FMatrixRMaj c = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < a.data.length; i++) {
            a.data[i] = rnd.nextFloat();
        }
        for (int i = 0; i < b.data.length; i++) {
            b.data[i] = (float) rnd.nextGaussian();
        }
        for (int r = 0; r < reps / 5 + 1; r++) {
            CommonOps_FDRM.mult(a, b, c);
        }
        long t0 = System.nanoTime();
        for (int r = 0; r < reps; r++) {
            CommonOps_FDRM.mult(a, b, c);
        }
        return 2.0 * rows * cols * inner * reps / ((System.nanoTime() - t0) / 1e9) / 1e9;
    }

    /** The processor clock from /proc/cpuinfo (Linux), or 0 when it cannot be read. */
    private static double clockGhz() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("cpu MHz")) {
                    return Double.parseDouble(line.substring(line.indexOf(':') + 1).trim()) / 1000;
                }
            }
        } catch (IOException | NumberFormatException | SecurityException e) {
            return 0;
        }
        return 0;
    }

    private static void baseline(MlpBenchSpec spec, double javaEpoch, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(spec.python(), spec.baseline().toString(), "--synthetic",
                "--epochs", "1"));
        err.println("bench mlp: running the baseline: " + String.join(" ", command));
        err.flush();
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw UserInputException.malformed("--python", "--python: cannot run '" + spec.python() + "': "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        if (code != 0) {
            throw UserInputException.malformed("--baseline", "--baseline: " + spec.baseline() + " exited with code " + code);
        }
        double baseEpoch = Double.NaN;
        for (String line : text.split("\n")) {
            int at = line.indexOf("\"train_s_median\":");
            if (at >= 0) {
                String rest = line.substring(at + "\"train_s_median\":".length()).trim();
                int end = rest.indexOf(',') >= 0 ? rest.indexOf(',') : rest.indexOf('}');
                try {
                    baseEpoch = Double.parseDouble(rest.substring(0, end).trim());
                } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                    baseEpoch = Double.NaN;
                }
            }
        }
        if (!(baseEpoch > 0)) {
            throw UserInputException.malformed("--baseline", "--baseline: " + spec.baseline()
                    + " printed no JSON summary with train_s_median");
        }
        out.printf(Locale.ROOT, "baseline: training epoch %.2f s (%s)%n", baseEpoch, String.join(" ", command));
        out.printf(Locale.ROOT, "ratio java / numpy training epoch: %.3f (goal <= 0.25); speed-up %.2fx%n",
                javaEpoch / baseEpoch, baseEpoch / javaEpoch);
        out.flush();
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }
}
