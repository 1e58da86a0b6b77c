package vcl.theory.gibbs;

import vcl.theory.replica.Branch;
import vcl.theory.replica.EntropicTerm;
import vcl.theory.replica.LoadSolver;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.ReplicaModel;
import vcl.theory.replica.SaddlePoint;

/**
 * Gibbs learning of the binary perceptron as a thin model on the shared {@link SaddlePoint}: the
 * {@link GibbsChannel} at β and the {@link IsingMeasure} as entropic side, with the self overlap
 * pinned at 1; the map {@code (q, r) → (E tanh² b, E tanh b)}, {@code b = √q̂ z + r̂}, is iterated from a
 * guess. A guess at the perfect state (q = 1) returns {@link GibbsSolution#perfect}, the closed-form
 * solution there, and so does an iteration that falls into it (1 − q ≤ {@link #FROZEN_GAP}), so a
 * {@link vcl.theory.replica.LoadContinuation} follows both branches. Confined
 * to one thread.
 */
public final class GibbsSolver implements LoadSolver<GibbsSolution> {

    /**
     * Within this distance of q = 1 the iteration has fallen into the perfect state (the map's
     * rounding then makes any point a fixed point): the closed form is returned instead.
     */
    public static final double FROZEN_GAP = 1e-9;
    /** Anderson damping. */
    private static final double MIXING = 0.8;
    private final SaddlePoint saddlePoint;
    private final EntropicTerm entropic;
    private final double beta;

    /**
     * @param beta inverse temperature in (0, ∞] ({@code +∞}: zero temperature)
     * @param tolerance residual of the fixed-point iteration
     * @param maxIterations iteration cap
     */
    public GibbsSolver(double beta, QuadratureSettings settings, double tolerance, int maxIterations) {
        this.beta = beta;
        this.saddlePoint = new SaddlePoint(new GibbsChannel(beta, settings), 1.0, MIXING, tolerance, maxIterations);
        this.entropic = new EntropicTerm(IsingMeasure.INSTANCE, settings);
    }

    /** Default quadrature, residual 1e-12, 2000 iterations. */
    public GibbsSolver(double beta) {
        this(beta, QuadratureSettings.DEFAULT, 1e-12, 2000);
    }

    public double beta() {
        return beta;
    }

    /** The replica model at load α (free entropy, stationarity, the map itself). */
    public ReplicaModel model(double alpha) {
        return saddlePoint.model(alpha, entropic);
    }

    @Override
    public GibbsSolution solve(double alpha, OrderParameters guess) {
        return solve(alpha, guess, saddlePoint.maxIterations());
    }

    @Override
    public GibbsSolution solve(double alpha, OrderParameters guess, int iterationCap) {
        if (1 - guess.q() <= FROZEN_GAP) {
            return GibbsSolution.perfect(alpha, beta);
        }
        OrderParameters start = new OrderParameters(guess.q(), guess.r(), 1);
        GibbsSolution s = new GibbsSolution(alpha, beta, saddlePoint.solve(model(alpha), start, iterationCap),
                Branch.UNIQUE);
        return s.converged() && 1 - s.q() <= FROZEN_GAP ? GibbsSolution.perfect(alpha, beta) : s;
    }

    /** The poor-branch start: the small-α solution r ≈ q ≈ 2α/π (zero temperature), kept small. */
    @Override
    public OrderParameters lowLoadGuess(double alpha) {
        double r = Math.min(0.5, 0.5 * alpha + 1e-3);
        return new OrderParameters(r * r + 0.5 * r * (1 - r), r, 1);
    }

    /** The perfect state q = r = 1. */
    @Override
    public OrderParameters highLoadGuess(double alpha) {
        return new OrderParameters(1, 1, 1);
    }
}
