package vcl.experiments.bench;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vcl.experiments.spec.Task1BenchSpec;
import vcl.theory.prior.Priors;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;
import vcl.theory.task1.Task1Sweep;

/**
 * Times the task-1 α sweep by continuation (both branches), the workload of figure 2a: prints the
 * time of each repeat after JIT warm-up, the median, and the number of rows and of non-converged points.
 */
public final class Task1Benchmark {

    private Task1Benchmark() {
    }

    /** Runs the benchmark, printing to {@code out}; returns whether every point converged. */
    public static boolean run(Task1BenchSpec spec, PrintWriter out) {
        double[] alphas = spec.alpha();
        int repeats = spec.repeats();
        double[] seconds = new double[repeats];
        List<Task1Solution> rows = null;
        for (int k = -spec.warmup(); k < repeats; k++) {
            Task1Sweep sweep = new Task1Sweep(new Task1Solver(spec.beta(), Priors.FLAT.measure(spec.beta()), Double.NaN,
                    QuadratureSettings.DEFAULT, 1e-10, 400, !spec.serial()));
            long t0 = System.nanoTime();
            rows = sweep.sweep(alphas, null);
            double dt = (System.nanoTime() - t0) / 1e9;
            if (k >= 0) {
                seconds[k] = dt;
                out.printf(Locale.ROOT, "task1 sweep: %d alpha values, %d rows, %.3f s%n", alphas.length, rows.size(), dt);
                out.flush();
            }
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        long notConverged = rows.stream().filter(s -> !s.converged()).count();
        out.printf(Locale.ROOT, "median %.3f s over %d repeats (beta=%s, threads=%s, %d rows, %d not converged)%n",
                sorted[repeats / 2], repeats, spec.beta(), spec.serial() ? "1" : "common pool", rows.size(), notConverged);
        out.flush();
        return notConverged == 0;
    }
}
