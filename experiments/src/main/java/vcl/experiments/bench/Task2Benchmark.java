package vcl.experiments.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vcl.experiments.spec.Task2BenchSpec;
import vcl.theory.franzparisi.ReferenceDensity;
import vcl.theory.franzparisi.Task2Solution;
import vcl.theory.franzparisi.Task2Solver;
import vcl.theory.franzparisi.Task2Sweep;
import vcl.theory.prior.Priors;
import vcl.theory.replica.SingleSiteMeasure;
import vcl.theory.replica.QuadratureSettings;

/**
 * Times the task-2 theory grid of figures 3a-3d (residual 1e-10): the task-1 reference, then every
 * (γ, r0) sweep of α2 on a thread pool. Prints the time of each sweep, the reference time, the wall
 * time of the whole grid, and the number of rows, coexisting-branch rows and non-converged rows.
 */
public final class Task2Benchmark {

    private record Sweep(double gamma, double r0, double[] alpha2) {
    }

    private record Timed(List<Task2Solution> rows, double seconds, double transitionSeconds, Double transition) {
    }

    private Task2Benchmark() {
    }

    /** Runs the warm-up grids and the timed grid, printing the timed one; returns whether every point converged. */
    public static boolean run(Task2BenchSpec spec, PrintWriter out) throws InterruptedException, ExecutionException {
        List<Sweep> grid = new ArrayList<>();
        for (double g : new double[] {1, 0.1}) {
            double[] a = g == 1 ? spec.alpha2Gamma1() : spec.alpha2Gamma01();
            for (double r : spec.r0()) {
                grid.add(new Sweep(g, r, a));
            }
        }
        boolean converged = true;
        for (int k = -spec.warmup(); k <= 0; k++) {
            converged = runGrid(spec, grid, k == 0 ? out : null);
        }
        return converged;
    }

    private static boolean runGrid(Task2BenchSpec spec, List<Sweep> grid, PrintWriter out)
            throws InterruptedException, ExecutionException {
        long t0 = System.nanoTime();
        QuadratureSettings settings = QuadratureSettings.DEFAULT;
        SingleSiteMeasure prior = Priors.FLAT.measure(spec.beta());
        double alpha1 = spec.alpha1();
        double beta = spec.beta();
        ReferenceDensity rho = ReferenceDensity.of(Task2Solver.task1(alpha1, beta, prior, settings), prior, settings);
        double refSeconds = (System.nanoTime() - t0) / 1e9;
        int nThreads = spec.threadCount();
        ExecutorService pool = Executors.newFixedThreadPool(nThreads);
        try {
            List<Future<Timed>> jobs = new ArrayList<>();
            for (Sweep s : grid) {
                jobs.add(pool.submit(() -> {
                    Task2Sweep sweep = new Task2Sweep(new Task2Solver(alpha1, beta, rho, settings, 1e-10, 400, false));
                    long a = System.nanoTime();
                    List<Task2Solution> rows = sweep.branches(s.alpha2(), s.gamma(), s.r0(), null);
                    double dt = (System.nanoTime() - a) / 1e9;
                    long b = System.nanoTime();
                    Double t = spec.transition() ? sweep.transition(rows).orElse(null) : null;
                    return new Timed(rows, dt, (System.nanoTime() - b) / 1e9, t);
                }));
            }
            List<Timed> results = new ArrayList<>();
            for (Future<Timed> f : jobs) {
                results.add(f.get());
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            if (out == null) {
                return true;
            }
            out.printf(Locale.ROOT, "reference (task 1 at alpha1=%s, beta=%s): %.3f s%n", alpha1, beta, refSeconds);
            int rowsTotal = 0;
            int failed = 0;
            for (int i = 0; i < grid.size(); i++) {
                Sweep s = grid.get(i);
                Timed r = results.get(i);
                long bad = r.rows().stream().filter(x -> !x.converged()).count();
                long coexisting = r.rows().stream().filter(x -> x.branch().poor() || x.branch().good()).count();
                int iterations = r.rows().stream().mapToInt(Task2Solution::iterations).sum();
                out.printf(Locale.ROOT, "gamma=%-4s r0=%-5s %2d alpha2: %.3f s, %d rows (%d on coexisting branches), "
                        + "%d not converged, %d iterations in the rows%s%n", s.gamma(), s.r0(), s.alpha2().length,
                        r.seconds(), r.rows().size(), coexisting, bad, iterations,
                        spec.transition() ? String.format(Locale.ROOT, ", transition alpha2_t = %s (%.3f s)", r.transition(),
                                r.transitionSeconds()) : "");
                for (Task2Solution x : r.rows()) {
                    if (!x.converged()) {
                        out.printf(Locale.ROOT, "  not converged: alpha2=%s residual=%.3g after %d iterations%n", x.alpha2(),
                                x.residual(), x.iterations());
                    }
                }
                rowsTotal += r.rows().size();
                failed += (int) bad;
            }
            out.printf(Locale.ROOT, "total %.3f s wall (%d threads), %d rows, %d not converged%n", wall, nThreads, rowsTotal, failed);
            out.flush();
            return failed == 0;
        } finally {
            pool.shutdown();
        }
    }
}
