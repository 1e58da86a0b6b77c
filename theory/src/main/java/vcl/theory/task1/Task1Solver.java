package vcl.theory.task1;

import vcl.theory.numerics.NumericalLimitException;
import vcl.theory.prior.Priors;
import vcl.theory.replica.Branch;
import vcl.theory.replica.EnergeticTerm;
import vcl.theory.replica.EntropicSide;
import vcl.theory.replica.EntropicTerm;
import vcl.theory.replica.LoadSolver;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.ReplicaModel;
import vcl.theory.replica.SaddlePoint;
import vcl.theory.replica.SingleSiteMeasure;

/**
 * Task 1 as a thin model on the shared {@link SaddlePoint}: the binary perceptron's
 * {@link EnergeticTerm} at β and, as entropic side, the single-site measure of a prior
 * ({@link EntropicTerm}); the map {@code (q, r, q*) → (E⟨m⟩², E⟨m⟩, E⟨m²⟩)}
 * (or (q, r) with q* held fixed) is iterated from an initial guess. Confined to one thread (the
 * energetic term parallelises inside).
 */
public final class Task1Solver implements LoadSolver<Task1Solution> {

    /** Anderson damping of task 1. */
    private static final double MIXING = 0.8;
    private final SingleSiteMeasure measure;
    private final SaddlePoint saddlePoint;
    private final EntropicTerm entropic;

    public Task1Solver(double beta, SingleSiteMeasure measure, double qStarFixed, QuadratureSettings settings,
            double tolerance, int maxIterations, boolean parallel) {
        this.saddlePoint = new SaddlePoint(new EnergeticTerm(beta, settings, parallel), qStarFixed, MIXING, tolerance,
                maxIterations);
        this.measure = measure;
        this.entropic = new EntropicTerm(measure, settings);
    }

    /** Defaults: flat prior, free q*, default quadrature, residual 1e-10, 500 iterations. */
    public Task1Solver(double beta) {
        this(beta, Priors.FLAT.measure(beta), Double.NaN, QuadratureSettings.DEFAULT, 1e-10, 500, true);
    }

    public double beta() {
        return saddlePoint.beta();
    }

    private boolean fixedQStar() {
        return saddlePoint.fixedQStar();
    }

    /** The model at load α (for free entropy and stationarity checks). */
    public ReplicaModel model(double alpha) {
        return saddlePoint.model(alpha, entropic);
    }

    /** The model at load α with another entropic side (e.g. a differently discretised one) on this energetic term. */
    public ReplicaModel model(double alpha, EntropicSide entropicSide) {
        return saddlePoint.model(alpha, entropicSide);
    }

    /** The prior's single-site measure. */
    public SingleSiteMeasure measure() {
        return measure;
    }

    /** Solves at α starting from {@code guess}; the result says whether it converged. */
    @Override
    public Task1Solution solve(double alpha, OrderParameters guess) {
        return solve(alpha, guess, saddlePoint.maxIterations());
    }

    /** As {@link #solve(double, OrderParameters)} with an iteration cap of its own. */
    @Override
    public Task1Solution solve(double alpha, OrderParameters guess, int iterationCap) {
        return solve(alpha, guess, iterationCap, 0);
    }

    /** As {@link #solve(double, OrderParameters, int)}, given up once the residual stagnates (see {@link LoadSolver}). */
    @Override
    public Task1Solution solve(double alpha, OrderParameters guess, int iterationCap, int stallWindow) {
        return new Task1Solution(alpha, beta(), measure.name(),
                saddlePoint.solve(model(alpha), guess, iterationCap, stallWindow), Branch.UNIQUE);
    }

    /**
     * The stable solution at α: solved from the small-α and the large-α guesses, the converged one of
     * larger free entropy (the task-1 reference of task 2).
     *
     * @throws NumericalLimitException if neither converges
     */
    public Task1Solution stable(double alpha) {
        Task1Solution poor = solve(alpha, smallAlphaGuess(alpha));
        Task1Solution good = solve(alpha, largeAlphaGuess());
        if (!poor.converged() && !good.converged()) {
            throw new NumericalLimitException("task 1 did not converge at alpha = " + alpha + " from either side");
        }
        if (!poor.converged()) {
            return good;
        }
        if (!good.converged()) {
            return poor;
        }
        return good.phi() >= poor.phi() ? good : poor;
    }

    /** A starting point at small α on the poor-generalization side (q* = 1/3 is the flat α → 0 limit). */
    public OrderParameters smallAlphaGuess(double alpha) {
        double qs = fixedQStar() ? saddlePoint.qStarFixed() : 1.0 / 3.0;
        double r = Math.min(0.5, 0.2 * alpha + 1e-3) * Math.sqrt(qs);
        return new OrderParameters(Math.min(2 * r * r + 1e-4, 0.5 * qs), r, qs);
    }

    /** A starting point deep in the good-generalization regime. */
    public OrderParameters largeAlphaGuess() {
        double qs = fixedQStar() ? saddlePoint.qStarFixed() : 0.995;
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
