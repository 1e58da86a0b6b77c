package vcl.theory.replica;

/**
 * The Anderson-accelerated fixed-point iteration of a {@link ReplicaModel}'s saddle-point map
 * {@code (q, r, q*) → (E⟨m⟩², E[B⟨m⟩], E⟨m²⟩)} (or of (q, r) with q* held fixed), shared by the
 * task-1 and task-2 solvers. Every iterate is kept inside the physical domain
 * {@code 0 < q, r² < q < q* < 1}; the starting point is first clipped into it.
 */
public final class SaddlePoint {

    /** The last evaluation of both sides and how the iteration ended. */
    public record Outcome(ReplicaModel.Evaluation evaluation, int iterations, double residual, boolean converged) {
    }

    private final AndersonSolver anderson;
    private final double qStarFixed;

    /**
     * @param qStarFixed the prescribed self overlap, or NaN when q* is free
     */
    public SaddlePoint(AndersonSolver anderson, double qStarFixed) {
        this.anderson = anderson;
        this.qStarFixed = qStarFixed;
    }

    public boolean fixedQStar() {
        return !Double.isNaN(qStarFixed);
    }

    /** Iterates the model's map from {@code guess}, at most {@code iterationCap} evaluations. */
    public Outcome solve(ReplicaModel model, OrderParameters guess, int iterationCap) {
        boolean fixed = fixedQStar();
        double qs = fixed ? qStarFixed : guess.qStar();
        double[] x0 = fixed ? new double[] {guess.q(), guess.r()} : new double[] {guess.q(), guess.r(), qs};
        x0 = admissible(x0, qs);
        AndersonSolver.Result res = anderson.solve(iterationCap, x -> {
            OrderParameters img = model.evaluate(toOrder(x)).image();
            return fixed ? new double[] {img.q(), img.r()} : new double[] {img.q(), img.r(), img.qStar()};
        }, x0, this::inDomain);
        ReplicaModel.Evaluation ev = model.evaluate(toOrder(res.x()));
        return new Outcome(ev, res.iterations(), res.residual(), res.converged());
    }

    private OrderParameters toOrder(double[] x) {
        return new OrderParameters(x[0], x[1], fixedQStar() ? qStarFixed : x[2]);
    }

    private boolean inDomain(double[] x) {
        double q = x[0];
        double r = x[1];
        double qs = fixedQStar() ? qStarFixed : x[2];
        return q > 0 && r * r < q && q < qs && qs < 1 && Double.isFinite(q + r + qs);
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
