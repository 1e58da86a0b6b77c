package vcl.theory.task1;

import vcl.theory.prior.FlatPrior;
import vcl.theory.prior.SingleSiteMeasure;
import vcl.theory.replica.AndersonSolver;
import vcl.theory.replica.Branch;
import vcl.theory.replica.EnergeticTerm;
import vcl.theory.replica.EntropicTerm;
import vcl.theory.replica.LoadSolver;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.ReplicaModel;
import vcl.theory.replica.SaddlePoint;

/**
 * Solves the task-1 saddle point at one α from an initial guess, by Anderson-accelerated
 * fixed-point iteration of the map {@code (q, r, q*) → (E⟨m⟩², E⟨m⟩, E⟨m²⟩)} (or of (q, r) with q*
 * held fixed). Physical constraints {@code 0 ≤ r² < q < q* < 1} bound every iterate.
 * Confined to one thread (the energetic term parallelises inside).
 */
public final class Task1Solver implements LoadSolver<Task1Solution> {

    private final double beta;
    private final SingleSiteMeasure measure;
    private final double qStarFixed;
    private final EnergeticTerm energetic;
    private final EntropicTerm entropic;
    private final SaddlePoint saddlePoint;
    private final int maxIterations;

    public Task1Solver(double beta, SingleSiteMeasure measure, double qStarFixed, QuadratureSettings settings,
            double tolerance, int maxIterations, boolean parallel) {
        if (!(beta > 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("beta must be > 0, got " + beta);
        }
        this.beta = beta;
        this.measure = measure;
        this.qStarFixed = qStarFixed;
        this.energetic = new EnergeticTerm(beta, settings, parallel);
        this.entropic = new EntropicTerm(measure, settings);
        this.saddlePoint = new SaddlePoint(new AndersonSolver(3, 0.8, tolerance), qStarFixed);
        this.maxIterations = maxIterations;
    }

    /** Defaults: flat prior, free q*, default quadrature, residual 1e-10, 500 iterations. */
    public Task1Solver(double beta) {
        this(beta, new FlatPrior(), Double.NaN, QuadratureSettings.DEFAULT, 1e-10, 500, true);
    }

    public double beta() {
        return beta;
    }

    public SingleSiteMeasure measure() {
        return measure;
    }

    public boolean fixedQStar() {
        return !Double.isNaN(qStarFixed);
    }

    /** The model at load α (for free entropy and stationarity checks). */
    public ReplicaModel model(double alpha) {
        return new ReplicaModel(alpha, energetic, entropic, qStarFixed);
    }

    /** Solves at α starting from {@code guess}; the result says whether it converged. */
    @Override
    public Task1Solution solve(double alpha, OrderParameters guess) {
        return solve(alpha, guess, maxIterations);
    }

    /** As {@link #solve(double, OrderParameters)} with an iteration cap of its own. */
    @Override
    public Task1Solution solve(double alpha, OrderParameters guess, int iterationCap) {
        SaddlePoint.Outcome out = saddlePoint.solve(model(alpha), guess, iterationCap);
        ReplicaModel.Evaluation ev = out.evaluation();
        double p = ev.entropic().p();
        return new Task1Solution(alpha, beta, measure.name(), ev.orderParameters(), ev.conjugates(), p,
                Math.acos(Math.max(-1, Math.min(1, p))) / Math.PI, model(alpha).freeEntropy(ev),
                Branch.UNIQUE, out.iterations(), out.residual(), out.converged());
    }

    /** A starting point at small α on the poor-generalization side (q* = 1/3 is the flat α → 0 limit). */
    public OrderParameters smallAlphaGuess(double alpha) {
        double qs = fixedQStar() ? qStarFixed : 1.0 / 3.0;
        double r = Math.min(0.5, 0.2 * alpha + 1e-3) * Math.sqrt(qs);
        return new OrderParameters(Math.min(2 * r * r + 1e-4, 0.5 * qs), r, qs);
    }

    /** A starting point deep in the good-generalization regime. */
    public OrderParameters largeAlphaGuess() {
        double qs = fixedQStar() ? qStarFixed : 0.995;
        return new OrderParameters(0.99 * qs, 0.99 * qs, qs);
    }

    @Override
    public OrderParameters lowLoadGuess(double alpha) {
        return smallAlphaGuess(alpha);
    }

    @Override
    public OrderParameters highLoadGuess(double alpha) {
        return largeAlphaGuess();
    }
}
