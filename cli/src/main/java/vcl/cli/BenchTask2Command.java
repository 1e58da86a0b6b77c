package vcl.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.theory.franzparisi.ReferenceDensity;
import vcl.theory.franzparisi.Task2Solution;
import vcl.theory.franzparisi.Task2Solver;
import vcl.theory.franzparisi.Task2Sweep;
import vcl.theory.prior.Priors;
import vcl.theory.replica.SingleSiteMeasure;
import vcl.theory.replica.QuadratureSettings;

/**
 * {@code vcl bench task2}: times the theory grid of figures 3a–3d: task 1 at α1 = 2, β = 20 (the
 * reference, solved once), then for γ = 1 (α2 = 0.01, 0.1, 0.5..7 step 0.5) and γ = 0.1
 * (α2 = 0.01, 0.1, 0.5, 1, 2, 5) and r0 ∈ {−0.5, 0, 0.5} the two-way α2 sweep, residual 1e-10.
 * The six (γ, r0) sweeps run as independent jobs on {@code --threads} threads, each with serial
 * quadratures (the results are identical to a serial run: every sum has a fixed order). Prints the
 * time of each sweep, the reference time, the wall time of the whole grid, and the number of rows,
 * coexisting-branch rows and non-converged rows.
 */
@Command(name = "task2", mixinStandardHelpOptions = true,
        description = "Benchmark: the task-2 theory grid of figures 3a-3d (alpha1 2, beta 20, residual 1e-10).")
public final class BenchTask2Command implements Callable<Integer> {

    @Option(names = "--alpha1", defaultValue = "2", description = "Load of task 1 (default ${DEFAULT-VALUE}).")
    double alpha1;

    @Option(names = "--beta", defaultValue = "20", description = "Inverse temperature (default ${DEFAULT-VALUE}).")
    double beta;

    @Option(names = "--gamma1-alpha2", defaultValue = "0.01,0.1,0.5:7:0.5", paramLabel = "LIST",
            description = "α2 values at γ = 1 (default ${DEFAULT-VALUE}).")
    String alpha2Strong;

    @Option(names = "--gamma01-alpha2", defaultValue = "0.01,0.1,0.5,1,2,5", paramLabel = "LIST",
            description = "α2 values at γ = 0.1 (default ${DEFAULT-VALUE}).")
    String alpha2Weak;

    @Option(names = "--r0", defaultValue = "-0.5,0,0.5", paramLabel = "LIST", description = "Teacher overlaps (default ${DEFAULT-VALUE}).")
    String r0;

    @Option(names = "--threads", defaultValue = "0", description = "Threads for the (γ, r0) sweeps; 0: available processors.")
    int threads;

    @Option(names = "--warmup", defaultValue = "0", description = "Untimed grids first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--transition", description = "Also locate the first-order transitions (timed separately).")
    boolean transition;

    private record Sweep(double gamma, double r0, double[] alpha2) {
    }

    private record Timed(List<Task2Solution> rows, double seconds, double transitionSeconds, Double transition) {
    }

    @Override
    public Integer call() throws Exception {
        Checks.positive("--alpha1", alpha1);
        Checks.positive("--beta", beta);
        Checks.atLeast("--warmup", warmup, 0);
        Checks.atLeast("--threads", threads, 0);
        List<Sweep> grid = new ArrayList<>();
        for (double g : new double[] {1, 0.1}) {
            double[] a = Checks.positiveList(g == 1 ? "--gamma1-alpha2" : "--gamma01-alpha2", g == 1 ? alpha2Strong : alpha2Weak);
            for (double r : Checks.listWithin("--r0", r0, -1, 1)) {
                grid.add(new Sweep(g, r, a));
            }
        }
        int nThreads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        int exit = ExitCodes.OK;
        for (int k = -warmup; k <= 0; k++) {
            exit = runGrid(grid, nThreads, k == 0);
        }
        return exit;
    }

    private int runGrid(List<Sweep> grid, int nThreads, boolean print) throws Exception {
        long t0 = System.nanoTime();
        QuadratureSettings settings = QuadratureSettings.DEFAULT;
        SingleSiteMeasure prior = Priors.FLAT.measure(beta);
        ReferenceDensity rho = ReferenceDensity.of(Task2Solver.task1(alpha1, beta, prior, settings), prior, settings);
        double refSeconds = (System.nanoTime() - t0) / 1e9;
        ExecutorService pool = Executors.newFixedThreadPool(nThreads);
        List<Future<Timed>> jobs = new ArrayList<>();
        try {
            for (Sweep s : grid) {
                jobs.add(pool.submit(() -> {
                    Task2Sweep sweep = new Task2Sweep(new Task2Solver(alpha1, beta, rho, settings, 1e-10, 400, false));
                    long a = System.nanoTime();
                    List<Task2Solution> rows = sweep.branches(s.alpha2(), s.gamma(), s.r0(), null);
                    double dt = (System.nanoTime() - a) / 1e9;
                    long b = System.nanoTime();
                    Double t = transition ? sweep.transition(rows).orElse(null) : null;
                    return new Timed(rows, dt, (System.nanoTime() - b) / 1e9, t);
                }));
            }
            List<Timed> results = new ArrayList<>();
            for (Future<Timed> f : jobs) {
                results.add(f.get());
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            if (!print) {
                return ExitCodes.OK;
            }
            System.out.printf("reference (task 1 at alpha1=%s, beta=%s): %.3f s%n", alpha1, beta, refSeconds);
            int rowsTotal = 0;
            int failed = 0;
            for (int i = 0; i < grid.size(); i++) {
                Sweep s = grid.get(i);
                Timed r = results.get(i);
                long bad = r.rows().stream().filter(x -> !x.converged()).count();
                long coexisting = r.rows().stream().filter(x -> x.branch().poor() || x.branch().good()).count();
                int iterations = r.rows().stream().mapToInt(Task2Solution::iterations).sum();
                System.out.printf("gamma=%-4s r0=%-5s %2d alpha2: %.3f s, %d rows (%d on coexisting branches), "
                        + "%d not converged, %d iterations in the rows%s%n", s.gamma(), s.r0(), s.alpha2().length,
                        r.seconds(), r.rows().size(), coexisting, bad, iterations,
                        transition ? String.format(", transition alpha2_t = %s (%.3f s)", r.transition(), r.transitionSeconds()) : "");
                for (Task2Solution x : r.rows()) {
                    if (!x.converged()) {
                        System.out.printf("  not converged: alpha2=%s residual=%.3g after %d iterations%n", x.alpha2(),
                                x.residual(), x.iterations());
                    }
                }
                rowsTotal += r.rows().size();
                failed += (int) bad;
            }
            System.out.printf("total %.3f s wall (%d threads), %d rows, %d not converged%n", wall, nThreads, rowsTotal, failed);
            return failed == 0 ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
        } finally {
            pool.shutdown();
        }
    }
}
