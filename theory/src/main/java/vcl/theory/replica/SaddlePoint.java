package vcl.theory.replica;

import java.util.Arrays;
import vcl.theory.numerics.NumericalLimitException;

/**
 * The saddle-point machinery every replica model shares: an energetic channel, the
 * Anderson-accelerated fixed-point iteration of a {@link ReplicaModel}'s map
 * {@code (q, r, q*) → (E⟨m⟩², E[B⟨m⟩], E⟨m²⟩)} (or of (q, r) with q* held fixed) and its iteration
 * cap. A model supplies only its entropic side ({@link EntropicSide}). Every iterate is kept
 * strictly inside the physical domain ({@link OrderParameters#interior}); the starting point is
 * first clipped into it. An iterate the numerics cannot evaluate ({@link NumericalLimitException})
 * ends the iteration as not converged, at the last point evaluated (the exception is passed on
 * when there is none). Confined to one thread (the quadratures parallelise inside).
 */
public final class SaddlePoint {

    private final EnergeticChannel energetic;
    private final AndersonSolver anderson;
    private final double qStarFixed;
    private final int maxIterations;

    /**
     * @param energetic the energetic channel (e.g. the binary perceptron's {@link EnergeticTerm})
     * @param qStarFixed the prescribed self overlap in (0, 1] (1: binary weights), or NaN when q* is free
     * @param mixing Anderson's damping λ in (0, 1]
     * @param tolerance the iteration stops when {@code ‖T(x) − x‖_∞ < tolerance} (times {@code 100 q*}
     *     for a fixed q* below 0.01, where every order parameter is at most q*)
     * @param maxIterations the default iteration cap
     */
    public SaddlePoint(EnergeticChannel energetic, double qStarFixed, double mixing, double tolerance,
            int maxIterations) {
        this.energetic = energetic;
        // a small fixed q* bounds every order parameter by q*: the residual is measured relative to it
        this.anderson = new AndersonSolver(3, mixing,
                Double.isNaN(qStarFixed) ? tolerance : tolerance * Math.min(1, 100 * qStarFixed));
        this.qStarFixed = qStarFixed;
        this.maxIterations = maxIterations;
    }

    /** The learning inverse temperature β of the channel. */
    public double beta() {
        return energetic.beta();
    }

    public boolean fixedQStar() {
        return !Double.isNaN(qStarFixed);
    }

    /** The prescribed self overlap, NaN when q* is free. */
    public double qStarFixed() {
        return qStarFixed;
    }

    /** The default iteration cap. */
    public int maxIterations() {
        return maxIterations;
    }

    /** The replica model at load α with this entropic side. */
    public ReplicaModel model(double alpha, EntropicSide entropic) {
        return new ReplicaModel(alpha, energetic, entropic, qStarFixed);
    }

    /** Iterates the model's map from {@code guess}, at most {@code iterationCap} evaluations. */
    public SaddleSolution solve(ReplicaModel model, OrderParameters guess, int iterationCap) {
        return solve(model, guess, iterationCap, 0);
    }

    /**
     * As {@link #solve(ReplicaModel, OrderParameters, int)}, giving up (not converged) once the
     * smallest residual so far has not halved during {@code stallWindow} iterations (0: never; see
     * {@link AndersonSolver}).
     */
    public SaddleSolution solve(ReplicaModel model, OrderParameters guess, int iterationCap, int stallWindow) {
        boolean fixed = fixedQStar();
        double qs = fixed ? qStarFixed : guess.qStar();
        double[] x0 = fixed ? new double[] {guess.q(), guess.r()} : new double[] {guess.q(), guess.r(), qs};
        x0 = admissible(x0, qs);
        // the map's last evaluation is at the returned point: kept, not computed again
        double[][] lastX = new double[1][];
        ReplicaModel.Evaluation[] last = new ReplicaModel.Evaluation[1];
        int[] evaluations = new int[1];
        AndersonSolver.Result res;
        try {
            res = anderson.solve(iterationCap, stallWindow, x -> {
                lastX[0] = x.clone();
                evaluations[0]++;
                last[0] = model.evaluate(toOrder(x));
                // the raw image: where it rounds onto the boundary (q* = 1 at large conjugates) Anderson's
                // domain test keeps the next iterate inside, so the image itself is not checked here
                EntropicAverages img = last[0].entropic();
                return fixed ? new double[] {img.q(), img.r()} : new double[] {img.q(), img.r(), img.qStar()};
            }, x0, x -> fixed ? OrderParameters.interiorAt(x[0], x[1], qStarFixed)
                    : OrderParameters.interior(x[0], x[1], x[2]));
        } catch (NumericalLimitException e) {
            if (last[0] == null) {
                throw e;
            }
            // an iterate the numerics cannot evaluate: not converged, reported at the last one evaluated
            // (its residual unknown: NaN)
            ReplicaModel.Evaluation ev = last[0];
            return new SaddleSolution(ev.orderParameters(), ev.conjugates(), ev.entropic(), model.freeEntropy(ev),
                    evaluations[0] - 1, Double.NaN, false);
        }
        ReplicaModel.Evaluation ev = Arrays.equals(lastX[0], res.x()) ? last[0] : model.evaluate(toOrder(res.x()));
        return new SaddleSolution(ev.orderParameters(), ev.conjugates(), ev.entropic(), model.freeEntropy(ev),
                res.iterations(), res.residual(), res.converged());
    }

    private OrderParameters toOrder(double[] x) {
        return new OrderParameters(x[0], x[1], fixedQStar() ? qStarFixed : x[2]);
    }

    private double[] admissible(double[] x, double qs) {
        double[] y = x.clone();
        double qsUse = fixedQStar() ? qStarFixed : Math.min(Math.max(qs, 1e-6), 1 - 1e-12);
        y[0] = Math.min(Math.max(y[0], 1e-10), qsUse * (1 - 1e-9));
        double rMax = Math.sqrt(y[0]) * (1 - 1e-9);
        y[1] = Math.max(-rMax, Math.min(rMax, y[1]));
        if (!fixedQStar()) {
            y[2] = qsUse;
        }
        return y;
    }
}
