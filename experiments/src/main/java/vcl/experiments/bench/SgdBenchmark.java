package vcl.experiments.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vcl.experiments.io.Progress;
import vcl.experiments.io.VersionInfo;
import vcl.experiments.spec.RunSettings;
import vcl.experiments.spec.SgdBenchSpec;
import vcl.experiments.spec.UserInputException;
import vcl.sim.run.ParallelRunner;
import vcl.sim.run.Task1Config;
import vcl.sim.run.Task1Sweep;

/**
 * The figure-1a workload (momentum SGD lr 0.03, batch max(⌈P/20⌉, 10), β_f = 1) timed end to end,
 * optionally next to the numpy baseline run as a python subprocess with the same loads, N, seeds
 * and epochs (one after the other, on the same machine). The Java runs are timed after an untimed
 * warm-up of the JIT: one run of every load with all the epochs (the first seed's work once more),
 * so that the per-step kernels have been called often enough (thousands of times) to be compiled
 * at the optimizing tier before the clock starts; with a shorter warm-up part of the timed runs
 * executes profiled code while the compiler competes with them for the processors. The baseline's
 * time is the sum of its runs' own times (its {@code seconds} column), which leaves out the
 * interpreter's start-up and imports, reported beside it.
 *
 * <p>Flops are counted as the dense-equivalent work of the epoch kernel: per epoch the two
 * P×N products μ = Ξ m and A = Ξᵀ c at 2 flops per entry each, i.e. 4·P·N (the O(N) elementwise
 * work per mini-batch is not counted); GFLOP/s divides this by the wall time of all runs.
 */
public final class SgdBenchmark {

    private SgdBenchmark() {
    }

    /** Runs the benchmark, printing the report to {@code out} and progress to {@code err}. */
    public static void run(SgdBenchSpec spec, RunSettings run, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        double[] alphas = spec.alpha();
        int n = spec.n();
        int seeds = spec.seeds();
        int epochs = spec.epochs();
        out.printf(Locale.ROOT, "workload: figure 1a, alpha=%s, N=%d, seeds=%d, epochs=%d, momentum SGD lr=0.03 m=0.9,"
                + " batch=max(ceil(P/20),10), beta_f=1%n", spec.alphaList(), n, seeds, epochs);
        out.printf(Locale.ROOT, "vcl %s, java %s, %d threads, %d processors%n", VersionInfo.version(),
                System.getProperty("java.version"), run.threads(), Runtime.getRuntime().availableProcessors());
        out.flush();

        Task1Config template = Task1Config.figure1a(n, alphas[0], epochs, epochs);
        double flops = 0;
        for (double a : alphas) {
            flops += 4.0 * template.withAlpha(a).examples() * n * epochs * seeds;
        }
        Task1Sweep.run(template, alphas, 1, run.masterSeed(), new ParallelRunner(run.threads()), () -> { });
        long t0 = System.nanoTime();
        List<Task1Sweep.Run> runs;
        try (Progress progress = Progress.start("bench sgd", Task1Sweep.size(alphas, seeds), err)) {
            runs = Task1Sweep.run(template, alphas, seeds, run.masterSeed(), new ParallelRunner(run.threads()), progress);
        }
        double javaSeconds = (System.nanoTime() - t0) / 1e9;
        Map<Double, double[]> javaEps = new TreeMap<>();
        for (Task1Sweep.Run r : runs) {
            javaEps.computeIfAbsent(r.alpha(), k -> new double[2]);
            javaEps.get(r.alpha())[0] += r.result().finalEpsG();
            javaEps.get(r.alpha())[1] += 1;
        }
        out.printf(Locale.ROOT, "java: %.2f s for %d runs, after a JIT warm-up of one run (%d epochs) per load; kernel"
                + " %.2f GFLOP/s (dense-equivalent 4*P*N flops per epoch)%n", javaSeconds, runs.size(), epochs,
                flops / javaSeconds / 1e9);
        out.printf(Locale.ROOT, "java mean final eps_g: %s%n", means(javaEps));
        out.flush();
        if (spec.baseline() != null) {
            baseline(spec, alphas, javaSeconds, out, err);
        }
    }

    private static void baseline(SgdBenchSpec spec, double[] alphas, double javaSeconds, PrintWriter out,
                                 PrintWriter err) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(spec.python(), spec.baseline().toString(), joined(alphas),
                "--n", Integer.toString(spec.n()), "--seeds", Integer.toString(spec.seeds()),
                "--epochs", Integer.toString(spec.epochs())));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        err.println("bench sgd: running the baseline: " + String.join(" ", command));
        err.flush();
        long b0 = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw UserInputException.malformed("--python", "--python: cannot run '" + spec.python() + "': "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        String csv = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        double baseSeconds = (System.nanoTime() - b0) / 1e9;
        if (code != 0) {
            throw UserInputException.malformed("--baseline", "--baseline: " + spec.baseline() + " exited with code " + code);
        }
        Map<Double, double[]> baseEps = new TreeMap<>();
        double runSeconds = 0;
        boolean timed = true;
        for (String line : csv.split("\n")) {
            String[] f = line.trim().split(",");
            if (f.length >= 5 && !f[0].equals("alpha")) {
                try {
                    double a = Double.parseDouble(f[0]);
                    baseEps.computeIfAbsent(a, k -> new double[2]);
                    baseEps.get(a)[0] += Double.parseDouble(f[4]);
                    baseEps.get(a)[1] += 1;
                    if (f.length >= 6) {
                        runSeconds += Double.parseDouble(f[5]);
                    } else {
                        timed = false;
                    }
                } catch (NumberFormatException e) {
                    throw UserInputException.malformed("--baseline", "--baseline: " + spec.baseline()
                            + " printed a row that is not alpha,seed,epochs,p,eps_g,...: '" + line.trim() + "'");
                }
            }
        }
        if (baseEps.isEmpty()) {
            throw UserInputException.malformed("--baseline", "--baseline: " + spec.baseline()
                    + " printed no result rows (alpha,seed,epochs,p,eps_g,...)");
        }
        if (timed) {
            out.printf(Locale.ROOT, "baseline: %.2f s for its runs (%.2f s with the interpreter's start-up and imports; %s)%n",
                    runSeconds, baseSeconds, String.join(" ", command));
        } else {
            out.printf(Locale.ROOT, "baseline: %.2f s including the interpreter's start-up and imports (%s)%n", baseSeconds,
                    String.join(" ", command));
            runSeconds = baseSeconds;
        }
        out.printf(Locale.ROOT, "baseline mean final eps_g: %s%n", means(baseEps));
        out.printf(Locale.ROOT, "speed-up (baseline time / java time, both without start-up): %.2fx%n",
                runSeconds / javaSeconds);
        out.flush();
    }

    private static String joined(double[] values) {
        List<String> parts = new ArrayList<>();
        for (double v : values) {
            parts.add(Double.toString(v));
        }
        return String.join(",", parts);
    }

    private static String means(Map<Double, double[]> sums) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Double, double[]> e : sums.entrySet()) {
            parts.add(String.format(Locale.ROOT, "%s:%.4f", e.getKey(), e.getValue()[0] / e.getValue()[1]));
        }
        return String.join(" ", parts);
    }
}
