package vcl.theory.rsb;

import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * Newton's method on the 1RSB saddle point at the static Parisi parameter with the teacher overlap r
 * held fixed and the load α an unknown: unknowns {@code u = (q0, q1, q*, x, α)}, equations
 * <pre>  T(q0, q1, q*, r) − (q0, q1, q*, r) = 0,   ∂Φ/∂x = 0  </pre>
 * (the map of {@link RsbModel} at load α and Parisi parameter x, and its explicit x-slope). Along the
 * 1RSB poor branch r rises monotonically through the fold where the branch ends (the second solution
 * beyond it has larger r), so the system at fixed r is regular there while the one at fixed α is
 * singular. The Jacobian is a central difference of step {@link #STEP}; steps are halved until the
 * residual falls. Converged when {@code |T − q|∞} and {@code |∂Φ/∂x|} are below the tolerance.
 * Confined to one thread.
 */
final class OverlapNewton {

    /** Central-difference step of the Jacobian (absolute, in every unknown). */
    static final double STEP = 1e-6;
    private static final int N = 5;
    private final RsbSolver solver;
    private final double tolerance;
    private final int maxIterations;

    /**
     * @param tolerance convergence threshold on the residual's sup-norm, in (0, 1e-4)
     * @param maxIterations Newton iterations at most, ≥ 1
     */
    OverlapNewton(RsbSolver solver, double tolerance, int maxIterations) {
        if (!(tolerance > 0 && tolerance < 1e-4) || maxIterations < 1) {
            throw new IllegalArgumentException("need 0 < tolerance < 1e-4 and maxIterations >= 1");
        }
        this.solver = solver;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /**
     * The saddle point at teacher overlap r from {@code guess} (its overlaps, x and α; its r is replaced),
     * empty when Newton does not converge or leaves the domain.
     */
    Optional<RsbSolution> at(double r, RsbState guess) {
        double[] u = {guess.q0(), guess.q1(), guess.qStar(), guess.x(), guess.alpha()};
        Evaluated current = evaluate(u, r);
        if (current == null) {
            return Optional.empty();
        }
        for (int it = 0; it < maxIterations; it++) {
            if (current.norm() < tolerance) {
                return Optional.of(current.solution(solver.beta(), it));
            }
            double[][] jac = new double[N][N];
            for (int j = 0; j < N; j++) {
                double[] up = u.clone();
                double[] down = u.clone();
                up[j] += STEP;
                down[j] -= STEP;
                Evaluated fu = evaluate(up, r);
                Evaluated fd = evaluate(down, r);
                if (fu == null || fd == null) {
                    return Optional.empty();
                }
                for (int i = 0; i < N; i++) {
                    jac[i][j] = (fu.residual[i] - fd.residual[i]) / (2 * STEP);
                }
            }
            double[] du;
            try {
                du = new LUDecomposition(new Array2DRowRealMatrix(jac, false)).getSolver()
                        .solve(new ArrayRealVector(current.residual).mapMultiply(-1)).toArray();
            } catch (RuntimeException singular) {
                return Optional.empty();
            }
            Evaluated next = null;
            double[] trial = null;
            for (double lambda = 1; lambda > 1e-3 && next == null; lambda *= 0.5) {
                trial = u.clone();
                for (int i = 0; i < N; i++) {
                    trial[i] += lambda * du[i];
                }
                Evaluated e = evaluate(trial, r);
                if (e != null && e.norm() < current.norm()) {
                    next = e;
                }
            }
            if (next == null) {
                return Optional.empty();
            }
            u = trial;
            current = next;
        }
        return current.norm() < tolerance ? Optional.of(current.solution(solver.beta(), maxIterations))
                : Optional.empty();
    }

    /**
     * The determinant of the Jacobian at fixed load, {@code ∂F/∂(q0, q1, q*, r, x)} (central differences
     * of step {@link #STEP}), at a state: the test function of the fold, where the fixed-load system is
     * singular; NaN where a neighbour is out of reach.
     */
    double fixedLoadDeterminant(RsbState s) {
        double[] v = {s.q0(), s.q1(), s.qStar(), s.r(), s.x()};
        double[][] jac = new double[N][N];
        for (int j = 0; j < N; j++) {
            double[] up = v.clone();
            double[] down = v.clone();
            up[j] += STEP;
            down[j] -= STEP;
            Evaluated fu = evaluate(new double[] {up[0], up[1], up[2], up[4], s.alpha()}, up[3]);
            Evaluated fd = evaluate(new double[] {down[0], down[1], down[2], down[4], s.alpha()}, down[3]);
            if (fu == null || fd == null) {
                return Double.NaN;
            }
            for (int i = 0; i < N; i++) {
                jac[i][j] = (fu.residual[i] - fd.residual[i]) / (2 * STEP);
            }
        }
        return new LUDecomposition(new Array2DRowRealMatrix(jac, false)).getDeterminant();
    }

    /** The residual at unknowns u and overlap r; null outside the domain or the integrals' reach. */
    private Evaluated evaluate(double[] u, double r) {
        double q0 = u[0];
        double q1 = u[1];
        double qs = u[2];
        double x = u[3];
        double alpha = u[4];
        if (!(r * r < q0 && q0 <= q1 && q1 < qs && qs < 1 && x > 0 && x < 1 && alpha > 0)) {
            return null;
        }
        try {
            RsbModel model = solver.model(alpha, x);
            RsbModel.Evaluation ev = model.evaluate(new double[] {q0, q1, qs, r});
            double[] image = ev.image();
            double[] f = {image[0] - q0, image[1] - q1, image[2] - qs, image[3] - r, model.freeEntropySlope(ev)};
            for (double v : f) {
                if (!Double.isFinite(v)) {
                    return null;
                }
            }
            return new Evaluated(model, ev, f);
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException outside) {
            return null;
        }
    }

    private record Evaluated(RsbModel model, RsbModel.Evaluation evaluation, double[] residual) {

        double norm() {
            double m = 0;
            for (double v : residual) {
                m = Math.max(m, Math.abs(v));
            }
            return m;
        }

        RsbSolution solution(double beta, int iterations) {
            double mapResidual = 0;
            for (int i = 0; i < 4; i++) {
                mapResidual = Math.max(mapResidual, Math.abs(residual[i]));
            }
            return new RsbSolution(model.state(evaluation, beta), evaluation.site().p(), residual[4], iterations,
                    mapResidual, true);
        }
    }
}
