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
import vcl.theory.potential.CoupledAverages;
import vcl.theory.potential.CoupledConjugates;
import vcl.theory.potential.CoupledOrder;
import vcl.theory.potential.JointDerivatives;
import vcl.theory.potential.PotentialModel;
import vcl.theory.potential.PotentialPoint;
import vcl.theory.potential.PotentialSolver;
import vcl.theory.potential.Reference;
import vcl.theory.prior.Priors;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * The replica-symmetric Franz-Parisi potential around the good state at α = 1.8, β = 20, at the far
 * overlap d = 0.77 (the constrained system in the poor state): one joint energetic term, one site
 * term (its ξ averages tabulated on a new grid) at the solved point's conjugates, and one point
 * solved from the neighbouring one (d = 0.79, as in a list of overlaps). {@code threads}: 1 runs
 * every quadrature on the calling thread, 0 lets them use the common pool.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class PotentialKernels {

    private static final double BETA = 20;
    /** The solved points of {@code vcl solve potential --alpha 1.8 --reference good}: {q, r, q*, p, d, d̂}. */
    private static final double[] AT_077 = {0.9797550483576467, 0.7794911610680877, 0.9902668443827765,
        0.7700008879933364, 0.77, 489.0336102841364};
    private static final double[] AT_079 = {0.9798485135025731, 0.7998337127477108, 0.9893097485475574,
        0.7899976004840455, 0.79, 517.71848553852};

    @Param({"1", "0"})
    public int threads;

    private PotentialModel model;
    private PotentialSolver solver;
    private CoupledOrder order;
    private CoupledConjugates conjugates;
    private CoupledOrder neighbour;

    @Setup(Level.Trial)
    public void setUp() {
        Task1Solver task1 = new Task1Solver(BETA);
        Task1Solution good = task1.solve(1.8, task1.largeAlphaGuess());
        model = new PotentialModel(Reference.of(good, Priors.FLAT.measure(BETA)), QuadratureSettings.DEFAULT,
                threads != 1);
        solver = new PotentialSolver(model, 1e-10, 300);
        order = new CoupledOrder(AT_077[0], AT_077[1], AT_077[2], AT_077[3], AT_077[4]);
        conjugates = model.evaluateAtOverlap(order, AT_077[5]).conjugates();
        neighbour = new CoupledOrder(AT_079[0], AT_079[1], AT_079[2], AT_079[3], AT_079[4]);
    }

    @Benchmark
    public JointDerivatives energeticTerm() {
        return model.energetic().evaluate(order);
    }

    @Benchmark
    public CoupledAverages siteTerm() {
        return model.site().evaluate(conjugates);
    }

    @Benchmark
    public PotentialPoint pointFromNeighbour() {
        return solver.solve(AT_077[4], neighbour, AT_079[5]);
    }
}
