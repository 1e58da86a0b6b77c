package vcl.theory.rsb;

import java.util.TreeMap;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * The static Parisi parameter x* of the 1RSB saddle point at load α: the stationary point of Φ in x,
 * {@code ∂Φ/∂x = 0}, where the saddle-point value of Φ is a minimum in x (the free entropy, −β times the
 * free energy, is minimised over x ∈ (0, 1) as the free energy is maximised in Parisi's scheme; so
 * {@code Φ_1RSB(x*) ≤ Φ_RS}). From a starting x the slope's sign says which way x* lies; steps of 0.1
 * (each solve warm-started from the nearest solved x) bracket it, Brent's method refines it to
 * {@link #X_TOLERANCE}. Where the gap collapses (below the AT line) the solution is replica symmetric,
 * Φ does not depend on x, and the solve at the starting x is returned. Confined to one thread.
 */
public final class StaticParisi {

    /** Accuracy of x*. */
    public static final double X_TOLERANCE = 1e-9;
    /** A gap q1 − q0 below this is a replica-symmetric solution. */
    public static final double GAP_MIN = 1e-7;
    /** The range searched for x*. */
    static final double X_MIN = 0.005;
    static final double X_MAX = 0.995;
    private static final double STEP = 0.1;
    /** The secant search's first step and its largest. */
    private static final double FIRST_STEP = 0.01;
    private static final double MAX_SECANT_STEP = 0.1;
    private static final int SECANT_STEPS = 12;
    /** A slope this small is zero (Φ is computed to about 1e-12). */
    private static final double SLOPE_TOLERANCE = 1e-9;
    private final RsbSolver solver;

    public StaticParisi(RsbSolver solver) {
        this.solver = solver;
    }

    /** x* at α, starting at x = 0.5 from the RS poor branch with a gap. */
    public RsbSolution solve(double alpha) {
        return search(alpha, solver.solve(alpha, 0.5));
    }

    /** x* at α, starting from a solution nearby (its x and overlaps; e.g. the previous load's). */
    public RsbSolution solve(double alpha, RsbSolution start) {
        return search(alpha, solver.solve(alpha, start.state().x(), start.state()));
    }

    private RsbSolution search(double alpha, RsbSolution first) {
        if (!first.converged() || first.gap() < GAP_MIN) {
            return first;
        }
        TreeMap<Double, RsbSolution> solved = new TreeMap<>();
        double x0 = first.state().x();
        solved.put(x0, first);
        try {
            RsbSolution s = secant(alpha, first, solved);
            if (s != null) {
                return s;
            }
        } catch (IllegalStateException notConverged) {
            // fall through to the bracketing search
        }
        return bracketed(alpha, first, solved);
    }

    /**
     * Secant steps on ∂Φ/∂x from the start and a point {@link #FIRST_STEP} towards x*, kept inside the
     * bracket once the slope has changed sign (bisection where a step would leave it); null after
     * {@link #SECANT_STEPS} steps without convergence.
     */
    private RsbSolution secant(double alpha, RsbSolution first, TreeMap<Double, RsbSolution> solved) {
        double xa = first.state().x();
        double sa = first.phiSlope();
        double xb = clip(xa - Math.signum(sa) * FIRST_STEP);
        double sb = slope(alpha, xb, solved);
        double lo = Double.NaN;
        double hi = Double.NaN;
        for (int k = 0; k < SECANT_STEPS; k++) {
            if (Math.signum(sa) != Math.signum(sb)) {
                lo = Math.min(xa, xb);
                hi = Math.max(xa, xb);
            }
            double xc = sb == sa ? Double.NaN : xb - sb * (xb - xa) / (sb - sa);
            if (!Double.isNaN(lo) && !(xc > lo && xc < hi)) {
                xc = 0.5 * (lo + hi);
            }
            if (!Double.isFinite(xc)) {
                return null;
            }
            xc = clip(Math.max(xb - MAX_SECANT_STEP, Math.min(xb + MAX_SECANT_STEP, xc)));
            if (Math.abs(xc - xb) < X_TOLERANCE) {
                // converged only inside a bracket (a step stopped at the ends of (0, 1) is not)
                return Double.isNaN(lo) && Math.abs(sb) > SLOPE_TOLERANCE ? null : solved.get(xb);
            }
            double sc = slope(alpha, xc, solved);
            if (!Double.isNaN(lo)) {
                // keep the bracket: replace the end of the same sign
                if (Math.signum(sc) == Math.signum(slope(alpha, lo, solved))) {
                    lo = xc;
                } else {
                    hi = xc;
                }
            }
            xa = xb;
            sa = sb;
            xb = xc;
            sb = sc;
            if (sc == 0) {
                return solved.get(xc);
            }
        }
        return null;
    }

    /** Steps of 0.1 from the start until the slope changes sign, then Brent's method on the bracket. */
    private RsbSolution bracketed(double alpha, RsbSolution first, TreeMap<Double, RsbSolution> solved) {
        double x0 = first.state().x();
        double direction = first.phiSlope() > 0 ? -1 : 1;
        double xa = x0;
        RsbSolution a = first;
        RsbSolution b = null;
        while (true) {
            double xb = Math.max(X_MIN, Math.min(X_MAX, xa + direction * STEP));
            if (xb == xa) {
                return flagged(a);
            }
            RsbSolution s = solver.solve(alpha, xb, a.state());
            if (!s.converged() || s.gap() < GAP_MIN) {
                return flagged(s);
            }
            solved.put(xb, s);
            if (Math.signum(s.phiSlope()) != Math.signum(a.phiSlope())) {
                b = s;
                break;
            }
            xa = xb;
            a = s;
        }
        double lo = Math.min(a.state().x(), b.state().x());
        double hi = Math.max(a.state().x(), b.state().x());
        double xStar;
        try {
            xStar = new BrentSolver(X_TOLERANCE).solve(100, x -> slope(alpha, x, solved), lo, hi);
        } catch (IllegalStateException e) {
            return flagged(nearest(solved, 0.5 * (lo + hi)));
        }
        return solved.containsKey(xStar) ? solved.get(xStar)
                : solver.solve(alpha, xStar, nearest(solved, xStar).state());
    }

    private static double clip(double x) {
        return Math.max(X_MIN, Math.min(X_MAX, x));
    }

    private double slope(double alpha, double x, TreeMap<Double, RsbSolution> solved) {
        RsbSolution s = solved.get(x);
        if (s == null) {
            s = solver.solve(alpha, x, nearest(solved, x).state());
            if (!s.converged()) {
                throw new IllegalStateException("1RSB solve did not converge at alpha = " + alpha + ", x = " + x);
            }
            solved.put(x, s);
        }
        return s.phiSlope();
    }

    private static RsbSolution nearest(TreeMap<Double, RsbSolution> solved, double x) {
        var below = solved.floorEntry(x);
        var above = solved.ceilingEntry(x);
        if (below == null) {
            return above.getValue();
        }
        if (above == null) {
            return below.getValue();
        }
        return x - below.getKey() <= above.getKey() - x ? below.getValue() : above.getValue();
    }

    /** A solution at which x is not stationary: reported as not converged. */
    private static RsbSolution flagged(RsbSolution s) {
        return new RsbSolution(s.state(), s.p(), s.phiSlope(), s.iterations(), s.residual(), false);
    }
}
