package vcl.cli;

import vcl.experiments.io.Progress;
import vcl.experiments.io.VersionInfo;
import vcl.experiments.spec.Task1SimulateSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.sim.run.ParallelRunner;
import vcl.sim.run.Task1Config;
import vcl.sim.run.Task1Sweep;

/**
 * {@code vcl bench sgd}: the figure-1a workload (momentum SGD lr 0.03, batch max(⌈P/20⌉, 10),
 * β_f = 1) timed end to end, optionally next to the numpy baseline run as a python subprocess
 * with the same loads, N, seeds and epochs (one after the other, on the same machine).
 *
 * <p>Flops are counted as the dense-equivalent work of the epoch kernel: per epoch the two
 * P×N products μ = Ξ m and A = Ξᵀ c at 2 flops per entry each, i.e. 4·P·N (the O(N) elementwise
 * work per mini-batch is not counted); GFLOP/s divides this by the wall time of all runs.
 */
@Command(name = "sgd", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time the figure-1a SGD workload; with --baseline, also the numpy baseline, and print the ratio."})
public final class BenchSgdCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--alpha", defaultValue = "0.5,1,1.5,2", paramLabel = "LIST", description = "loads (default ${DEFAULT-VALUE})")
    String alpha;

    @Option(names = "--n", defaultValue = "1000", description = "N (default ${DEFAULT-VALUE})")
    int n;

    @Option(names = "--seeds", defaultValue = "20", description = "seeds per load (default ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--epochs", defaultValue = "500", description = "epochs (default ${DEFAULT-VALUE})")
    int epochs;

    @CommandLine.Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--baseline", paramLabel = "SCRIPT", description = "path of sgd_numpy.py to run as the baseline")
    Path baseline;

    @Option(names = "--python", defaultValue = "python3", description = "python interpreter for the baseline (default ${DEFAULT-VALUE})")
    String python;

    @Override
    public Integer call() throws IOException, InterruptedException {
        double[] alphas = Task1SimulateSpec.of(alpha, seeds).alpha();
        TrainingOptions.require(n >= 1, "--n must be >= 1 (got " + n + ")");
        TrainingOptions.require(epochs >= 1, "--epochs must be >= 1 (got " + epochs + ")");
        if (baseline != null) {
            TrainingOptions.require(Files.isRegularFile(baseline), "--baseline: no such file " + baseline);
        }
        int threadCount = run.threadCount();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "workload: figure 1a, alpha=%s, N=%d, seeds=%d, epochs=%d, momentum SGD lr=0.03 m=0.9,"
                + " batch=max(ceil(P/20),10), beta_f=1%n", alpha, n, seeds, epochs);
        out.printf(Locale.ROOT, "vcl %s, java %s, %d threads, %d processors%n", VersionInfo.version(),
                System.getProperty("java.version"), threadCount, Runtime.getRuntime().availableProcessors());
        out.flush();

        Task1Config template = Task1Config.figure1a(n, alphas[0], epochs, epochs);
        double flops = 0;
        for (double a : alphas) {
            flops += 4.0 * template.withAlpha(a).examples() * n * epochs * seeds;
        }
        long t0 = System.nanoTime();
        List<Task1Sweep.Run> runs;
        try (Progress progress = Progress.start("bench sgd", Task1Sweep.size(alphas, seeds),
                spec.commandLine().getErr())) {
            runs = Task1Sweep.run(template, alphas, seeds, run.seed, new ParallelRunner(threadCount), progress);
        }
        double javaSeconds = (System.nanoTime() - t0) / 1e9;
        Map<Double, double[]> javaEps = new TreeMap<>();
        for (Task1Sweep.Run r : runs) {
            javaEps.computeIfAbsent(r.alpha(), k -> new double[2]);
            javaEps.get(r.alpha())[0] += r.result().finalEpsG();
            javaEps.get(r.alpha())[1] += 1;
        }
        out.printf(Locale.ROOT, "java: %.2f s for %d runs; kernel %.2f GFLOP/s (dense-equivalent 4*P*N flops per epoch)%n",
                javaSeconds, runs.size(), flops / javaSeconds / 1e9);
        out.printf("java mean final eps_g: %s%n", means(javaEps));
        out.flush();
        if (baseline == null) {
            return ExitCodes.OK;
        }
        List<String> command = new ArrayList<>(List.of(python, baseline.toString(), joined(alphas),
                "--n", Integer.toString(n), "--seeds", Integer.toString(seeds), "--epochs", Integer.toString(epochs)));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        spec.commandLine().getErr().println("bench sgd: running the baseline: " + String.join(" ", command));
        spec.commandLine().getErr().flush();
        long b0 = System.nanoTime();
        Process p = pb.start();
        String csv = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        double baseSeconds = (System.nanoTime() - b0) / 1e9;
        if (code != 0) {
            throw new IllegalStateException("the baseline exited with code " + code);
        }
        Map<Double, double[]> baseEps = new TreeMap<>();
        for (String line : csv.split("\n")) {
            String[] f = line.trim().split(",");
            if (f.length >= 5 && !f[0].equals("alpha")) {
                double a = Double.parseDouble(f[0]);
                baseEps.computeIfAbsent(a, k -> new double[2]);
                baseEps.get(a)[0] += Double.parseDouble(f[4]);
                baseEps.get(a)[1] += 1;
            }
        }
        out.printf(Locale.ROOT, "baseline: %.2f s (%s)%n", baseSeconds, String.join(" ", command));
        out.printf("baseline mean final eps_g: %s%n", means(baseEps));
        out.printf(Locale.ROOT, "speed-up (baseline time / java time): %.2fx%n", baseSeconds / javaSeconds);
        out.flush();
        return ExitCodes.OK;
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
