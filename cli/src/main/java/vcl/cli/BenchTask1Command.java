package vcl.cli;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.theory.prior.Priors;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;
import vcl.theory.task1.Task1Sweep;

/**
 * {@code vcl bench task1}: times the task-1 α sweep by continuation (both branches), the workload
 * of figure 2a: α = 0.01..2.00 step 0.01 at β = 20, residual 1e-10. Prints the time of each repeat
 * after JIT warm-up, the median, and the number of rows and of non-converged points.
 */
@Command(name = "task1", mixinStandardHelpOptions = true,
        description = "Benchmark: the 200-point task-1 sweep (alpha 0.01..2.00, beta 20, residual 1e-10).")
public final class BenchTask1Command implements Callable<Integer> {

    @Option(names = "--alpha", defaultValue = "0.01:2.0:0.01", paramLabel = "LIST", description = "Loads (default ${DEFAULT-VALUE}).")
    String alpha;

    @Option(names = "--beta", defaultValue = "20", description = "Inverse temperature (default ${DEFAULT-VALUE}).")
    double beta;

    @Option(names = "--warmup", defaultValue = "1", description = "Untimed sweeps first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--repeats", defaultValue = "3", description = "Timed sweeps (default ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--serial", description = "Evaluate the energetic term on one thread.")
    boolean serial;

    @Override
    public Integer call() {
        double[] alphas = Checks.positiveList("--alpha", alpha);
        Checks.positive("--beta", beta);
        Checks.atLeast("--repeats", repeats, 1);
        Checks.atLeast("--warmup", warmup, 0);
        double[] seconds = new double[repeats];
        List<Task1Solution> rows = null;
        for (int k = -warmup; k < repeats; k++) {
            Task1Sweep sweep = new Task1Sweep(new Task1Solver(beta, Priors.FLAT.measure(beta), Double.NaN,
                    QuadratureSettings.DEFAULT, 1e-10, 400, !serial));
            long t0 = System.nanoTime();
            rows = sweep.sweep(alphas, null);
            double dt = (System.nanoTime() - t0) / 1e9;
            if (k >= 0) {
                seconds[k] = dt;
                System.out.printf("task1 sweep: %d alpha values, %d rows, %.3f s%n", alphas.length, rows.size(), dt);
            }
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        long notConverged = rows.stream().filter(s -> !s.converged()).count();
        System.out.printf("median %.3f s over %d repeats (beta=%s, threads=%s, %d rows, %d not converged)%n",
                sorted[repeats / 2], repeats, beta, serial ? "1" : "common pool", rows.size(), notConverged);
        return notConverged == 0 ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
    }
}
