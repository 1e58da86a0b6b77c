package vcl.theory.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vcl.theory.franzparisi.ReferenceDensity;
import vcl.theory.franzparisi.Task2Point;
import vcl.theory.franzparisi.Task2Solution;
import vcl.theory.franzparisi.Task2Solver;
import vcl.theory.prior.Priors;
import vcl.theory.replica.EnergeticDerivatives;
import vcl.theory.replica.EnergeticTerm;
import vcl.theory.replica.EntropicAverages;
import vcl.theory.replica.EntropicTerm;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SingleSiteMeasure;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * The saddle-point kernels at β = 20 (the paper's): one energetic-term evaluation (G_E and its three
 * derivatives) and one entropic-term evaluation at the task-1 solution at α = 1; one task-1 point from
 * a warm start (solved at α = 1.01 from the solution at α = 1, residual 1e-10: the step of a slider or
 * of the 200-point sweep); one task-2 point (α1 = 2, γ = 1, r0 = 0: solved at α2 = 1.01 from the
 * solution at α2 = 1). {@code threads}: 1 runs every quadrature on the calling thread, 0 lets the
 * energetic term and the Franz-Parisi measure use the common pool (the default of the solvers).
 * Sample time: every call is timed, and the percentiles are reported (on a machine shared with other
 * work, read p0.00 and p0.50).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SaddleKernels {

    private static final double BETA = 20;

    @Param({"1", "0"})
    public int threads;

    private EnergeticTerm energetic;
    private EntropicTerm entropic;
    private Task1Solver task1;
    private Task1Solution atOne;
    private Task2Solver task2;
    private Task2Solution task2AtOne;

    @Setup(Level.Trial)
    public void setUp() {
        boolean parallel = threads != 1;
        QuadratureSettings settings = QuadratureSettings.DEFAULT;
        SingleSiteMeasure flat = Priors.FLAT.measure(BETA);
        energetic = new EnergeticTerm(BETA, settings, parallel);
        entropic = new EntropicTerm(flat, settings);
        task1 = new Task1Solver(BETA, flat, Double.NaN, settings, 1e-10, 400, parallel);
        atOne = task1.stable(1.0);
        ReferenceDensity rho = ReferenceDensity.of(Task2Solver.task1(2.0, BETA, flat, settings), flat, settings);
        task2 = new Task2Solver(2.0, BETA, rho, settings, 1e-10, 400, parallel);
        Task2Point p = new Task2Point(1.0, 1.0, 0.0);
        task2AtOne = task2.solve(p, task2.smallAlphaGuess(p));
    }

    @Benchmark
    public EnergeticDerivatives energeticTerm() {
        return energetic.evaluate(atOne.orderParameters());
    }

    @Benchmark
    public EntropicAverages entropicTerm() {
        return entropic.evaluate(atOne.conjugates());
    }

    @Benchmark
    public Task1Solution task1WarmPoint() {
        return task1.solve(1.01, atOne.orderParameters());
    }

    @Benchmark
    public Task2Solution task2Point() {
        return task2.solve(new Task2Point(1.01, 1.0, 0.0), task2AtOne.orderParameters());
    }
}
