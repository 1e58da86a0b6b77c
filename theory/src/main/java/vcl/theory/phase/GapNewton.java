package vcl.theory.phase;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import vcl.theory.replica.EntropicSide;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.ReplicaModel;
import vcl.theory.task1.Task1Solver;

/**
 * Newton's method on the task-1 saddle point written in gap coordinates, well conditioned where
 * the good branch's gaps are tiny (β ≥ 300: {@code q* − q} from 1e-7 down to 1e-12). The unknowns
 * are the {@link Chart} coordinates {@code y = (logit q*, log(q/(q* − q)), atanh(r/√q))} (the
 * logarithms of the two small gaps {@code 1 − q*} and {@code q* − q}, and of {@code 1 − r/√q}, up to
 * signs and O(1) terms) and the residual is the map's move in the same coordinates,
 * <pre>  F(y, α) = chart(T_α(x(y))) − chart(x(y)),  </pre>
 * each component computed from the gaps themselves ({@code T_q* − T_q}, {@code 1 − T_q*},
 * {@code T_q − T_r²}), never from ratios rounded near 1. F is scale free: its components are
 * relative changes of the gaps, so its Jacobian is O(1) and singular only at a fold, whereas the
 * residual of {@link NewtonSaddle} mixes {@code (T_q − q)/(q* − q)}, which is dominated by
 * {@code (1 − q*)/(q* − q)} times the q* row (a factor 2500 at the β = 1000 spinodal), so those two rows
 * are parallel to within 1e-3.
 *
 * <p>Noise floor: the image gap {@code E⟨m²⟩ − E⟨m⟩²} is a difference of two averages near 1 whose
 * single-site values carry about 1e-15 of rounding, so the gap component of F is noisy at
 * {@code 1e-15/(q* − q)}: 3e-8 at the β = 1000 spinodal. The Jacobian is therefore a central
 * difference of step {@link #STEP} (noise 1e-4 of its O(1) entries, truncation 1e-8) and a point
 * is converged when {@code |F|∞} is below the tolerance (default {@link #TOLERANCE}, above that
 * floor), or when a Newton step moves y by less than 1e-9 with |F| below ten times it. Confined to one thread.
 */
final class GapNewton {

    /** Central-difference step of the Jacobian in y (and log α). */
    static final double STEP = 1e-4;
    /** Default convergence threshold on {@code |F|∞} (a few times the noise floor at β = 1000). */
    static final double TOLERANCE = 2e-7;
    private final Task1Solver solver;
    private final EntropicSide entropic;
    private final double tolerance;
    private final int maxIterations;

    /**
     * @param solver the task-1 solver whose energetic term and prior are used (free q*)
     * @param entropic the entropic side (by default {@link ResolvedEntropicTerm} of the solver's prior)
     * @param tolerance convergence threshold on {@code |F|∞}, in (0, 1e-3)
     * @param maxIterations Newton iterations at most, ≥ 1
     */
    GapNewton(Task1Solver solver, EntropicSide entropic, double tolerance, int maxIterations) {
        if (!(tolerance > 0 && tolerance < 1e-3) || maxIterations < 1) {
            throw new IllegalArgumentException("need 0 < tolerance < 1e-3 and maxIterations >= 1");
        }
        this.solver = solver;
        this.entropic = entropic;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /** The resolved entropic side at the default quadrature, tolerance {@link #TOLERANCE}, at most 30 iterations. */
    GapNewton(Task1Solver solver) {
        this(solver, new ResolvedEntropicTerm(solver.measure(), QuadratureSettings.DEFAULT), TOLERANCE, 30);
    }

    /** The model at load α: the solver's energetic term with the resolved entropic side. */
    ReplicaModel model(double alpha) {
        return solver.model(alpha, entropic);
    }

    Task1Solver solver() {
        return solver;
    }

    /**
     * A converged point: chart coordinates, load and residual.
     *
     * @param y the three chart coordinates (no load)
     * @param residual F at (y, α)
     */
    record Point(double[] y, double alpha, double[] residual) {
        Point {
            y = y.clone();
            residual = residual.clone();
        }

        OrderParameters orderParameters() {
            return Chart.point(new double[] {y[0], y[1], y[2], Math.log(alpha)});
        }

        double norm() {
            return GapNewton.norm(residual);
        }
    }

    /** F at chart coordinates y (three) and load α; null outside the physical domain or the quadrature's reach. */
    double[] residual(double[] y, double alpha) {
        try {
            OrderParameters x = Chart.point(new double[] {y[0], y[1], y[2], 0});
            if (!x.isInterior()) {
                return null;
            }
            ReplicaModel.Evaluation ev = model(alpha).evaluate(x);
            OrderParameters image = ev.image();
            if (!image.isInterior()) {
                return null;
            }
            double[] from = Chart.fromGaps(x);
            double[] to = Chart.fromGaps(image);
            double[] f = {to[0] - from[0], to[1] - from[1], to[2] - from[2]};
            for (double v : f) {
                if (!Double.isFinite(v)) {
                    return null;
                }
            }
            return f;
        } catch (IllegalArgumentException | ArithmeticException | IllegalStateException outside) {
            return null;
        }
    }

    /** The saddle point at load α from chart coordinates y (three). */
    Optional<Point> atLoad(double alpha, double[] y) {
        return solve(y.clone(), alpha, -1, Double.NaN);
    }

    /**
     * The saddle point on the curve where chart coordinate {@code index} (0, 1 or 2) equals
     * {@code value}; the load is an unknown, started at {@code alpha}.
     */
    Optional<Point> atCoordinate(int index, double value, double[] y, double alpha) {
        double[] start = y.clone();
        start[index] = value;
        return solve(start, alpha, index, value);
    }

    /**
     * Newton with unknowns y (three) and, if {@code fixed} ≥ 0, log α in place of y[fixed].
     */
    private Optional<Point> solve(double[] y, double alpha, int fixed, double value) {
        double[] u = unknowns(y, alpha, fixed);
        double[] f = evaluate(u, fixed, value, alpha);
        if (f == null) {
            return Optional.empty();
        }
        for (int it = 0; it < maxIterations; it++) {
            if (norm(f) < tolerance) {
                return Optional.of(point(u, fixed, value, alpha, f));
            }
            double[] du;
            try {
                du = newtonStep(u, f, fixed, value, alpha);
            } catch (RuntimeException singular) {
                return Optional.empty();
            }
            double[] next = null;
            double[] fNext = null;
            for (double lambda = 1; lambda > 1e-3 && next == null; lambda *= 0.5) {
                double[] trial = u.clone();
                for (int i = 0; i < 3; i++) {
                    trial[i] += lambda * Math.max(-1, Math.min(1, du[i]));
                }
                double[] ft = evaluate(trial, fixed, value, alpha);
                if (ft != null && norm(ft) < norm(f)) {
                    next = trial;
                    fNext = ft;
                }
            }
            if (next == null) {
                return norm(f) < 10 * tolerance && norm(du) < 1e-9 ? Optional.of(point(u, fixed, value, alpha, f))
                        : Optional.empty();
            }
            double moved = norm(difference(next, u));
            u = next;
            f = fNext;
            if (moved < 1e-9 && norm(f) < 10 * tolerance) {
                return Optional.of(point(u, fixed, value, alpha, f));
            }
        }
        return norm(f) < tolerance ? Optional.of(point(u, fixed, value, alpha, f)) : Optional.empty();
    }

    /**
     * The Jacobian {@code ∂F/∂y} (3 × 3) at fixed load, by central differences of step {@link #STEP};
     * null where a neighbour is outside the domain.
     */
    double[][] jacobian(double[] y, double alpha) {
        return centralDifference(v -> residual(v, alpha), y);
    }

    private double[] newtonStep(double[] u, double[] f, int fixed, double value, double alpha) {
        double[][] jac = centralDifference(v -> evaluate(v, fixed, value, alpha), u);
        if (jac == null) {
            throw new IllegalStateException("Jacobian leaves the domain");
        }
        RealVector du = new LUDecomposition(new Array2DRowRealMatrix(jac, false)).getSolver()
                .solve(new ArrayRealVector(f).mapMultiply(-1));
        return du.toArray();
    }

    /** The 3 × 3 Jacobian of f at u by central differences of step {@link #STEP}; null if f is null at a neighbour. */
    private static double[][] centralDifference(UnaryOperator<double[]> f, double[] u) {
        double[][] jac = new double[3][3];
        for (int j = 0; j < 3; j++) {
            double[] up = u.clone();
            double[] down = u.clone();
            up[j] += STEP;
            down[j] -= STEP;
            double[] fu = f.apply(up);
            double[] fd = f.apply(down);
            if (fu == null || fd == null) {
                return null;
            }
            for (int i = 0; i < 3; i++) {
                jac[i][j] = (fu[i] - fd[i]) / (2 * STEP);
            }
        }
        return jac;
    }

    /** The unknowns: y, with log α in slot {@code fixed} when a coordinate is held fixed. */
    private static double[] unknowns(double[] y, double alpha, int fixed) {
        double[] u = y.clone();
        if (fixed >= 0) {
            u[fixed] = Math.log(alpha);
        }
        return u;
    }

    /** F at unknowns u: at load α when nothing is fixed, else with y[fixed] = value and α = exp(u[fixed]). */
    private double[] evaluate(double[] u, int fixed, double value, double alpha) {
        if (fixed < 0) {
            return residual(u, alpha);
        }
        double[] y = u.clone();
        y[fixed] = value;
        return residual(y, Math.exp(u[fixed]));
    }

    private static Point point(double[] u, int fixed, double value, double alpha, double[] f) {
        if (fixed < 0) {
            return new Point(u, alpha, f);
        }
        double[] y = u.clone();
        y[fixed] = value;
        return new Point(y, Math.exp(u[fixed]), f);
    }

    static double norm(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }
}
