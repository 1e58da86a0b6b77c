package vcl.theory.replica;

import vcl.theory.numerics.NumericalLimitException;

/**
 * A replica-symmetric perceptron problem at load α and learning inverse temperature β (task 1, or
 * task 2 with its Franz-Parisi entropic side): the free entropy
 * <pre>  Φ = −q̂* q* + q̂ q/2 − r̂ r + G_S(q̂, r̂, q̂*) + α G_E(q, r, q*)  </pre>
 * and the saddle-point map built from its derivatives:
 * {@code q̂ = −2α ∂G_E/∂q}, {@code r̂ = α ∂G_E/∂r}, {@code q̂* = α ∂G_E/∂q*} (energetic side) and
 * {@code q = E⟨m⟩², r = E[B⟨m⟩], q* = E⟨m²⟩} (the entropic side).
 * With {@code qStarFixed} set, the q* equation is dropped and q̂* is chosen so that
 * {@code E⟨m²⟩ = q*} (the variant of figure 2d). A self overlap pinned at 1 is that of binary
 * weights: the entropic side's measure must then live on m = ±1 ({@code E⟨m²⟩ ≡ 1}), q̂* drops out
 * of Φ (it multiplies {@code E⟨m²⟩ − q* = 0}) and is set to 0. Where the energetic derivatives cannot be
 * computed (q̂ < 0 or not finite) an evaluation throws {@link NumericalLimitException}.
 */
public final class ReplicaModel {

    /** Largest |q̂*| tried for a fixed q*. */
    private static final double MAX_BRACKET = 1e300;

    private final double alpha;
    private final EnergeticChannel energetic;
    private final EntropicSide entropic;
    private final double qStarFixed;

    /**
     * @param qStarFixed the prescribed self overlap in (0, 1], or NaN for the free problem (1: binary
     *     weights, see the class comment)
     */
    public ReplicaModel(double alpha, EnergeticChannel energetic, EntropicSide entropic, double qStarFixed) {
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha must be > 0, got " + alpha);
        }
        if (!Double.isNaN(qStarFixed) && !(qStarFixed > 0 && qStarFixed <= 1)) {
            throw new IllegalArgumentException("qstar-fixed must lie in (0, 1], got " + qStarFixed);
        }
        this.alpha = alpha;
        this.energetic = energetic;
        this.entropic = entropic;
        this.qStarFixed = qStarFixed;
    }

    public double alpha() {
        return alpha;
    }

    private boolean fixedQStar() {
        return !Double.isNaN(qStarFixed);
    }

    /** One evaluation of both sides of the saddle point at the given order parameters. */
    public Evaluation evaluate(OrderParameters op) {
        EnergeticDerivatives e = energetic.evaluate(op);
        double qHat = -2 * alpha * e.dq();
        double rHat = alpha * e.dr();
        if (!(qHat >= 0 && Double.isFinite(qHat) && Double.isFinite(rHat) && Double.isFinite(alpha * e.dqStar()))) {
            // q̂ is a variance: a negative or non-finite one means the energetic quadrature has lost
            // its accuracy at these order parameters (e.g. q* within rounding of 0 or 1)
            throw new NumericalLimitException("energetic derivatives out of reach at " + op + ": q^ = " + qHat
                    + ", r^ = " + rHat + ", q*^ = " + alpha * e.dqStar());
        }
        if (!fixedQStar()) {
            Conjugates conj = new Conjugates(qHat, rHat, alpha * e.dqStar());
            return new Evaluation(op, e, conj, entropic.evaluate(conj));
        }
        return qStarFixed == 1 ? pinnedAtOne(op, e, qHat, rHat) : solveFixedQStar(op, e, qHat, rHat);
    }

    /** q* pinned at 1: the measure lives on m = ±1, so E⟨m²⟩ = 1 whatever q̂*, which is set to 0. */
    private Evaluation pinnedAtOne(OrderParameters op, EnergeticDerivatives e, double qHat, double rHat) {
        Conjugates conj = new Conjugates(qHat, rHat, 0);
        EntropicAverages avg = entropic.evaluate(conj);
        if (!(Math.abs(avg.qStar() - 1) <= 1e-12)) {
            throw new IllegalArgumentException("a self overlap pinned at 1 needs a measure on m = +-1, but "
                    + entropic.name() + " gives E<m^2> = " + avg.qStar());
        }
        return new Evaluation(op, e, conj, new EntropicAverages(avg.gS(), avg.q(), avg.r(), 1, avg.p(), avg.pFirst()));
    }

    /** The free entropy Φ at an evaluation (exact at the saddle point, a variational value elsewhere). */
    public double freeEntropy(Evaluation ev) {
        return freeEntropy(ev.orderParameters(), ev.conjugates(), ev.entropic().gS(), ev.energetic().value());
    }

    /**
     * The variational free entropy with all six parameters independent (its stationary point is the
     * saddle point; tests differentiate it numerically).
     */
    public double freeEntropy(OrderParameters op, Conjugates c) {
        return freeEntropy(op, c, entropic.evaluate(c).gS(), energetic.evaluate(op).value());
    }

    /** {@code Φ = −q̂* q* + q̂ q/2 − r̂ r + G_S + α G_E}, the one place the formula is written. */
    private double freeEntropy(OrderParameters op, Conjugates c, double gS, double gE) {
        return -c.qStarHat() * op.qStar() + 0.5 * c.qHat() * op.q() - c.rHat() * op.r() + gS + alpha * gE;
    }

    /** Both sides of the saddle point at one set of order parameters. */
    public record Evaluation(OrderParameters orderParameters, EnergeticDerivatives energetic,
            Conjugates conjugates, EntropicAverages entropic) {

        /**
         * The order parameters the entropic side returns (the fixed-point map's image). An image with
         * q* rounded onto 1 from a point with q* < 1 is outside the domain (IllegalArgumentException);
         * q* = 1 is an image only where the point itself has its self overlap pinned at 1.
         */
        public OrderParameters image() {
            if (orderParameters.qStar() < 1 && !(entropic.qStar() < 1)) {
                throw new IllegalArgumentException("image on the boundary q* = 1: " + entropic);
            }
            return new OrderParameters(entropic.q(), entropic.r(), entropic.qStar());
        }
    }

    private Evaluation solveFixedQStar(OrderParameters op, EnergeticDerivatives e, double qHat, double rHat) {
        // E⟨m²⟩ increases with q̂* (its derivative is a variance): bracket, then bisect/secant. The
        // bracket doubles up to |q̂*| = 1e8, then grows sixteenfold (a small q* needs q̂* ≈ −1/(2q*))
        double lo = -1;
        double hi = 1;
        while (secondMoment(qHat, rHat, lo) > qStarFixed) {
            lo = lo < -1e8 ? 16 * lo : 2 * lo - 1;
            if (lo < -MAX_BRACKET) {
                throw new NumericalLimitException("cannot reach q* = " + qStarFixed + " with q*^ >= " + lo);
            }
        }
        while (secondMoment(qHat, rHat, hi) < qStarFixed) {
            hi = hi > 1e8 ? 16 * hi : 2 * hi + 1;
            if (hi > MAX_BRACKET) {
                throw new NumericalLimitException("cannot reach q* = " + qStarFixed + " with q*^ <= " + hi);
            }
        }
        // the moment to 1e-14 absolute, and to 1e-6 relative for a small q*
        double fTolerance = Math.min(1e-14, 1e-6 * qStarFixed);
        double fLo = secondMoment(qHat, rHat, lo) - qStarFixed;
        double fHi = secondMoment(qHat, rHat, hi) - qStarFixed;
        double x = lo;
        for (int i = 0; i < 200; i++) {
            x = lo - fLo * (hi - lo) / (fHi - fLo);
            if (!(x > lo && x < hi) || i % 3 == 2) {
                x = 0.5 * (lo + hi);
            }
            double f = secondMoment(qHat, rHat, x) - qStarFixed;
            if (Math.abs(f) < fTolerance || hi - lo < 1e-13 * (1 + Math.abs(x))) {
                break;
            }
            if (f < 0) {
                lo = x;
                fLo = f;
            } else {
                hi = x;
                fHi = f;
            }
        }
        Conjugates conj = new Conjugates(qHat, rHat, x);
        EntropicAverages avg = entropic.evaluate(conj);
        return new Evaluation(new OrderParameters(op.q(), op.r(), qStarFixed), e, conj,
                new EntropicAverages(avg.gS(), avg.q(), avg.r(), qStarFixed, avg.p(), avg.pFirst()));
    }

    private double secondMoment(double qHat, double rHat, double qStarHat) {
        return entropic.evaluate(new Conjugates(qHat, rHat, qStarHat)).qStar();
    }
}
