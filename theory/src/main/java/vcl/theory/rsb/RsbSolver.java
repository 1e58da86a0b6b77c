package vcl.theory.rsb;

import java.util.Arrays;
import java.util.Optional;
import vcl.theory.prior.Priors;
import vcl.theory.replica.AndersonSolver;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SingleSiteMeasure;
import vcl.theory.stability.AtLine;
import vcl.theory.stability.Replicon;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * The 1RSB saddle point of task 1 at fixed Parisi parameter x: Anderson-accelerated iteration of
 * {@link RsbModel}'s map {@code (q0, q1, q*, r) → (E0[⟨m⟩]², E0[⟨m⟩²], E0[⟨m²⟩], E0[⟨m⟩])}, every iterate
 * kept in {@code r² < q0 ≤ q1 < q* < 1}. Started from the replica-symmetric poor branch with a gap
 * ({@link #solve(double, double)}) or from a given state (continuation). Beyond the AT line the RS point
 * repels the iteration in the breaking direction (the map's gain there is {@code 1 − λ_R > 1}), so the
 * gap grows to the 1RSB solution; below it the gap collapses. Confined to one thread (the channel
 * parallelises inside).
 */
public final class RsbSolver {

    /** Anderson memory and damping. */
    private static final int MEMORY = 4;
    private static final double MIXING = 0.6;
    /** The starting gap, relative to q* − q of the RS point. */
    static final double START_GAP = 0.2;
    private final double beta;
    private final SingleSiteMeasure measure;
    private final RsbChannel channel;
    private final RsbSite site;
    private final Task1Solver rs;
    private final AndersonSolver anderson;
    private final Replicon replicon;
    private final int maxIterations;

    /**
     * @param tolerance the iteration stops when {@code ‖T(q) − q‖_∞ < tolerance}
     * @param maxIterations the iteration cap of one solve
     */
    public RsbSolver(double beta, SingleSiteMeasure measure, QuadratureSettings settings, double tolerance,
            int maxIterations) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("max iterations must be >= 1, got " + maxIterations);
        }
        this.beta = beta;
        this.measure = measure;
        this.channel = new RsbChannel(beta, settings);
        this.site = new RsbSite(measure, settings);
        this.rs = new Task1Solver(beta, measure, Double.NaN, settings, Math.min(tolerance, 1e-10), 500, true);
        this.anderson = new AndersonSolver(MEMORY, MIXING, tolerance);
        this.replicon = new Replicon(beta, measure, settings);
        this.maxIterations = maxIterations;
    }

    /** Flat prior, default quadrature, residual 1e-10, 500 iterations. */
    public RsbSolver(double beta) {
        this(beta, Priors.FLAT.measure(beta), QuadratureSettings.DEFAULT, 1e-10, 500);
    }

    public double beta() {
        return beta;
    }

    public SingleSiteMeasure measure() {
        return measure;
    }

    /** The model at load α and Parisi parameter x. */
    public RsbModel model(double alpha, double x) {
        return new RsbModel(alpha, x, channel, site);
    }

    /** The replica-symmetric poor branch at α, solved from the small-α guess. */
    public Task1Solution replicaSymmetric(double alpha) {
        Task1Solution s = rs.solve(alpha, rs.smallAlphaGuess(alpha));
        if (!s.converged()) {
            s = rs.solve(0.5 * alpha, rs.smallAlphaGuess(0.5 * alpha));
            for (double f = 0.75; f <= 1.0; f += 0.25) {
                s = rs.solve(f * alpha, s.orderParameters());
            }
        }
        return s;
    }

    /**
     * The de Almeida–Thouless point of the RS poor branch below {@code alphaMax}, where its replicon
     * λ_R crosses zero ({@link AtLine#firstInstability}, scanned in steps of 0.05 and refined to 1e-9):
     * where the 1RSB poor branch starts. Empty if the poor branch is RS-stable up to alphaMax.
     */
    public Optional<Double> atPoint(double alphaMax) {
        return AtLine.firstInstability(rs, replicon, alphaMax, 0.05);
    }

    /**
     * The replica-symmetric good branch at α (solved from the large-α guess), if it exists there: a
     * converged solution with r above the poor branch's by more than 0.05.
     */
    public Optional<Task1Solution> goodBranch(double alpha) {
        Task1Solution good = rs.solve(alpha, rs.largeAlphaGuess());
        if (!good.converged()) {
            return Optional.empty();
        }
        Task1Solution poor = replicaSymmetric(alpha);
        boolean distinct = !poor.converged() || good.orderParameters().r() > poor.orderParameters().r() + 0.05;
        return distinct ? Optional.of(good) : Optional.empty();
    }

    /**
     * The 1RSB saddle point at α and x, started from the RS poor branch at α with the overlaps split
     * by {@code 0.2(q* − q)} ({@code q1 = q + 0.2x(q* − q)}, {@code q0 = q − 0.2(1 − x)(q* − q)}).
     *
     * @throws IllegalStateException if the RS poor branch does not converge at α
     */
    public RsbSolution solve(double alpha, double x) {
        Task1Solution rsPoint = replicaSymmetric(alpha);
        if (!rsPoint.converged()) {
            throw new IllegalStateException("the replica-symmetric poor branch did not converge at alpha = " + alpha);
        }
        var op = rsPoint.orderParameters();
        double d = START_GAP * (op.qStar() - op.q());
        double q0 = Math.max(op.q() - (1 - x) * d, 0.5 * (op.q() + op.r() * op.r()));
        return solve(alpha, x, new double[] {q0, op.q() + x * d, op.qStar(), op.r()});
    }

    /** The 1RSB saddle point at α and x from the overlaps of {@code guess} (its α and x are ignored). */
    public RsbSolution solve(double alpha, double x, RsbState guess) {
        return solve(alpha, x, new double[] {guess.q0(), guess.q1(), guess.qStar(), guess.r()});
    }

    /** The 1RSB saddle point at α and x from overlaps {@code {q0, q1, q*, r}} inside the domain. */
    public RsbSolution solve(double alpha, double x, double[] start) {
        if (!inside(start)) {
            throw new IllegalArgumentException("start outside r^2 < q0 <= q1 < q* < 1: " + Arrays.toString(start));
        }
        RsbModel model = model(alpha, x);
        RsbModel.Evaluation[] last = new RsbModel.Evaluation[1];
        double[][] lastX = new double[1][];
        AndersonSolver.Result res = anderson.solve(maxIterations, q -> {
            lastX[0] = q.clone();
            last[0] = model.evaluate(q);
            return last[0].image();
        }, start.clone(), RsbSolver::inside);
        RsbModel.Evaluation ev = Arrays.equals(lastX[0], res.x()) ? last[0] : model.evaluate(res.x());
        return new RsbSolution(model.state(ev, beta), ev.site().p(), model.freeEntropySlope(ev), res.iterations(),
                res.residual(), res.converged());
    }

    private static boolean inside(double[] q) {
        return q[3] * q[3] < q[0] && q[0] <= q[1] && q[1] < q[2] && q[2] < 1;
    }
}
