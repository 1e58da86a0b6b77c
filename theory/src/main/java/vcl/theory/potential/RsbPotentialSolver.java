package vcl.theory.potential;

import java.util.List;
import vcl.theory.numerics.NumericalLimitException;
import vcl.theory.replica.AndersonSolver;
import vcl.theory.rsb.RsbState;

/**
 * The Franz-Parisi potential around a one-step reference at fixed overlaps d: Anderson-accelerated
 * iteration of {@code (q, r, q*, p1, p0)} to their site images, d̂ solved at every evaluation so
 * that the site overlap is d ({@link RsbPotentialModel#evaluateAtOverlap}, started from the last
 * one). The natural start is the constrained system as one more member of the coupled replica's
 * block: {@code q = p1 = d = q1}, {@code p0 = q0}, {@code r}, {@code q*} the reference's, every
 * conjugate the reference's ({@code q̂ = p̂1 = d̂ = q̂1}, {@code p̂0 = q̂0}); a stationary point of V
 * when the reference is a 1RSB saddle point at its x, where {@code V = ∂(xΦ)/∂x}. A list of overlaps
 * is solved by continuation from it, upward and downward. An iterate outside the admissible
 * region, or one the numerics cannot evaluate, ends that point as not converged.
 */
public final class RsbPotentialSolver {

    private static final double MIXING = 0.8;
    /**
     * A start with τ² below this is moved inside the admissible region: the in-block point has τ = 0,
     * and an iteration started on that edge can wander along it (1RSB poor branch at α = 1.45).
     */
    private static final double EDGE = 1e-8;
    private final RsbPotentialModel model;
    private final AndersonSolver anderson;
    private final int maxIterations;

    public RsbPotentialSolver(RsbPotentialModel model, double tolerance, int maxIterations) {
        if (!(tolerance > 0) || maxIterations < 1) {
            throw new IllegalArgumentException("need tolerance > 0 and at least one iteration");
        }
        this.model = model;
        this.anderson = new AndersonSolver(3, MIXING, tolerance);
        this.maxIterations = maxIterations;
    }

    public RsbPotentialModel model() {
        return model;
    }

    /** The in-block starting point (d = q1). */
    public RsbCoupledOrder naturalOrder() {
        RsbState s = model.reference();
        return new RsbCoupledOrder(s.q1(), s.r(), s.qStar(), s.q1(), s.q0(), s.q1());
    }

    /**
     * Solves at d from a start (its d is ignored) and a site coupling d̂. A start that is not
     * admissible at the new d, or lies on the edge of the admissible region (τ² below 1e-8, as the
     * in-block point at d = q1), is replaced by {@code p1 = d}, p0 the start's, q raised until it is
     * inside.
     */
    public RsbPotentialPoint solve(double d, RsbCoupledOrder start, double dHat) {
        double[] x0 = {start.q(), start.r(), start.qStar(), start.p1(), start.p0()};
        if (!inside(x0, d)) {
            RsbState s = model.reference();
            double[] trial = {start.q(), start.r(), start.qStar(), d, start.p0()};
            for (int k = 0; k < 40 && !inside(trial, d); k++) {
                trial[0] = Math.min(trial[0] + 0.25 * (s.qStar() - trial[0]) + 1e-9, 1 - 2e-9);
                trial[2] = Math.min(Math.max(trial[2], trial[0] + 1e-4 * (1 - trial[0])), 1 - 1e-9);
            }
            if (!inside(trial, d)) {
                return failed(d, start, dHat, 0);
            }
            x0 = trial;
        }
        OverlapIteration.Outcome<RsbPotentialModel.Evaluation> out = OverlapIteration.solve(anderson, maxIterations, x0, dHat,
                (x, coupling) -> model.evaluateAtOverlap(order(x, d), coupling), e -> e.conjugates().dHat(),
                e -> {
                    RsbCoupledAverages img = e.site();
                    return new double[] {img.q(), img.r(), img.qStar(), img.p1(), img.p0()};
                }, x -> admissible(x, d));
        if (out.evaluation() == null) {
            return failed(d, start, dHat, out.evaluations());
        }
        return point(d, out.evaluation(), out.iterations(), out.residual(), out.converged());
    }

    /**
     * A state of the unconstrained second system around this reference: the fixed point of
     * {@code (q, r, q*, p1, p0, d)} → their site images with no field on d (ε = 0,
     * {@link RsbPotentialModel#evaluateUnconstrained}), started from {@code start} (e.g. another
     * task-1 solution's q, r, q* with p1 = p0 = d a guess of its overlap with the reference). At a state
     * V is that state's free entropy, a stationary point of V(d) away from q1. Not converged if the
     * iteration leaves the admissible region or does not settle.
     */
    public RsbPotentialPoint unconstrained(RsbCoupledOrder start) {
        double[] x0 = {start.q(), start.r(), start.qStar(), start.p1(), start.p0(), start.d()};
        RsbPotentialModel.Evaluation[] last = new RsbPotentialModel.Evaluation[1];
        AndersonSolver.Result res;
        try {
            res = anderson.solve(maxIterations, x -> {
                last[0] = model.evaluateUnconstrained(order(x, x[5]));
                RsbCoupledAverages img = last[0].site();
                return new double[] {img.q(), img.r(), img.qStar(), img.p1(), img.p0(), img.d()};
            }, x0, x -> admissible(x, x[5]));
        } catch (NumericalLimitException | IllegalArgumentException e) {
            return failed(start.d(), start, Double.NaN, 0);
        }
        RsbPotentialModel.Evaluation ev = model.evaluateUnconstrained(order(res.x(), res.x()[5]));
        return point(res.x()[5], ev, res.iterations(), res.residual(), res.converged());
    }

    /** Solves at every d by continuation from d = q1 (both directions); in input order. */
    public List<RsbPotentialPoint> curve(double[] ds) {
        return OverlapIteration.curve(ds, model.reference().q1(), naturalOrder(), model.reference().q1Hat(), this::solve,
                RsbPotentialPoint::converged, RsbPotentialPoint::order, p -> p.conjugates().dHat());
    }

    private RsbCoupledOrder order(double[] x, double d) {
        return new RsbCoupledOrder(x[0], x[1], x[2], x[3], x[4], d);
    }

    /** Admissible and off the edge τ = 0. */
    private boolean inside(double[] x, double d) {
        if (!admissible(x, d)) {
            return false;
        }
        double tau = model.energetic().coordinates(order(x, d))[4];
        return tau * tau > EDGE;
    }

    private boolean admissible(double[] x, double d) {
        if (!(x[0] > 0 && x[1] * x[1] < x[0] && x[0] < x[2] && x[2] < 1) || !Double.isFinite(x[3])
                || !Double.isFinite(x[4])) {
            return false;
        }
        try {
            model.energetic().coordinates(order(x, d));
            return true;
        } catch (NumericalLimitException e) {
            return false;
        }
    }

    private RsbPotentialPoint point(double d, RsbPotentialModel.Evaluation ev, int iterations, double residual,
            boolean converged) {
        return new RsbPotentialPoint(d, model.freeEntropy(ev), model.lagrangeField(ev), ev.order(), ev.conjugates(),
                ev.site().pSign(), iterations, residual, converged);
    }

    private RsbPotentialPoint failed(double d, RsbCoupledOrder start, double dHat, int iterations) {
        RsbCoupledOrder o = new RsbCoupledOrder(start.q(), start.r(), start.qStar(), start.p1(), start.p0(), d);
        return new RsbPotentialPoint(d, Double.NaN, Double.NaN, o, new RsbCoupledConjugates(0, 0, 0, 0, 0, dHat),
                Double.NaN, iterations, Double.NaN, false);
    }
}
