package vcl.theory.potential;

import java.util.List;
import vcl.theory.numerics.NumericalLimitException;
import vcl.theory.replica.AndersonSolver;
import vcl.theory.replica.QuadratureSettings;

/**
 * The Franz-Parisi potential at fixed overlaps d: Anderson-accelerated iteration of
 * {@code (q, r, q*, p)} to their site images, d̂ solved at every evaluation so that the site
 * overlap is d ({@link PotentialModel#evaluateAtOverlap}, started from the last one). The unconstrained optimum d* = q1 is known
 * exactly (the constrained system is then one more replica of the task-1 equilibrium:
 * q = p = d = q1, r = r1, q* = q1*, every conjugate the task-1 one, d̂ = p̂ = q̂1); a list of
 * overlaps is solved by continuation from it, upward and downward. An iterate outside the
 * admissible region, or one the numerics cannot evaluate, ends that point as not converged.
 */
public final class PotentialSolver {

    private static final double MIXING = 0.8;
    private final PotentialModel model;
    private final AndersonSolver anderson;
    private final int maxIterations;

    public PotentialSolver(PotentialModel model, double tolerance, int maxIterations) {
        if (!(tolerance > 0) || maxIterations < 1) {
            throw new IllegalArgumentException("need tolerance > 0 and at least one iteration");
        }
        this.model = model;
        this.anderson = new AndersonSolver(3, MIXING, tolerance);
        this.maxIterations = maxIterations;
    }

    /** Default quadrature, residual 1e-10, 300 iterations. */
    public PotentialSolver(Reference reference) {
        this(new PotentialModel(reference, QuadratureSettings.DEFAULT, true), 1e-10, 300);
    }

    public PotentialModel model() {
        return model;
    }

    /** The unconstrained optimum's starting point (exact at d = q1). */
    public CoupledOrder naturalOrder() {
        var o = model.reference().order();
        return new CoupledOrder(o.q(), o.r(), o.qStar(), o.q(), o.q());
    }

    /**
     * Solves at d from a start (its d is ignored) and a site coupling d̂. A start whose joint field
     * covariance is not positive semidefinite at the new d is replaced by the nearest simple
     * admissible one: p = d (the constrained replicas no closer to the coupled reference than to
     * the others), q raised to at least d²/q1 and r = d·r1/q1 (no correlation with the teacher
     * beyond the reference's).
     */
    public PotentialPoint solve(double d, CoupledOrder start, double dHat) {
        double[] x0 = {start.q(), start.r(), start.qStar(), start.p()};
        if (!admissible(x0, d)) {
            var ref = model.reference().order();
            double q = Math.max(start.q(), d * d / ref.q() + 1e-9);
            double qs = Math.max(start.qStar(), q + (ref.qStar() - ref.q()));
            x0 = new double[] {q, d * ref.r() / ref.q(), Math.min(qs, 1 - 1e-9), d};
            if (!admissible(x0, d)) {
                return failed(d, start, dHat, 0);
            }
        }
        OverlapIteration.Outcome<PotentialModel.Evaluation> out = OverlapIteration.solve(anderson, maxIterations, x0, dHat,
                (x, coupling) -> model.evaluateAtOverlap(order(x, d), coupling), e -> e.conjugates().dHat(),
                e -> {
                    CoupledAverages img = e.site();
                    return new double[] {img.q(), img.r(), img.qStar(), img.p()};
                }, x -> admissible(x, d));
        if (out.evaluation() == null) {
            return failed(d, start, dHat, out.evaluations());
        }
        return point(d, out.evaluation(), out.iterations(), out.residual(), out.converged());
    }

    /** Solves at every d by continuation from the unconstrained optimum (both directions); in input order. */
    public List<PotentialPoint> curve(double[] ds) {
        return OverlapIteration.curve(ds, model.reference().order().q(), naturalOrder(), model.reference().conjugates().qHat(), this::solve,
                PotentialPoint::converged, PotentialPoint::order, p -> p.conjugates().dHat());
    }

    private CoupledOrder order(double[] x, double d) {
        return new CoupledOrder(x[0], x[1], x[2], x[3], d);
    }

    private boolean admissible(double[] x, double d) {
        if (!(x[0] > 0 && x[1] * x[1] < x[0] && x[0] < x[2] && x[2] < 1) || !Double.isFinite(x[3])) {
            return false;
        }
        try {
            model.energetic().coordinates(order(x, d));
            return true;
        } catch (NumericalLimitException e) {
            return false;
        }
    }

    private PotentialPoint point(double d, PotentialModel.Evaluation ev, int iterations, double residual,
            boolean converged) {
        return new PotentialPoint(d, model.freeEntropy(ev), model.lagrangeField(ev), ev.order(), ev.conjugates(),
                ev.site().pSign(), iterations, residual, converged);
    }

    private PotentialPoint failed(double d, CoupledOrder start, double dHat, int iterations) {
        CoupledOrder o = new CoupledOrder(start.q(), start.r(), start.qStar(), start.p(), d);
        return new PotentialPoint(d, Double.NaN, Double.NaN, o, new CoupledConjugates(0, 0, 0, 0, dHat), Double.NaN,
                iterations, Double.NaN, false);
    }
}
