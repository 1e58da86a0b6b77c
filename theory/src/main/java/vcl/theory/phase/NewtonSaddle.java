package vcl.theory.phase;

import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import vcl.theory.replica.Branch;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.ReplicaModel;
import vcl.theory.replica.SaddleSolution;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * Newton's method on the task-1 saddle-point equations {@code (q, r, q*) = T_α(q, r, q*)} with the
 * load α as a fourth unknown and one more equation that picks a point of the solution curve: α
 * fixed ({@link #atLoad}), the teacher overlap r fixed ({@link #atOverlap}), or a hyperplane
 * across the curve ({@link #onHyperplane}, for pseudo-arclength continuation). Unlike the
 * fixed-point iteration it converges to unstable solutions too (the middle part of an S-shaped
 * curve) and shows no critical slowing down at a spinodal.
 *
 * <p>The unknowns are unconstrained coordinates ({@link Chart}), so every iterate is physical. The
 * residual is the map's change relative to the local gaps,
 * {@code ((T_q* − q*)/(1−q*), (T_q − q)/(q*−q), T_r − r)}; the Jacobian is taken by forward
 * differences and steps are halved until the residual decreases. A point is converged when the map
 * moves it by less than the tolerance (sup-norm), or its relative residual is below it. Confined
 * to one thread.
 */
public final class NewtonSaddle {

    /** Forward-difference step in chart coordinates: the map's rounding (up to 1e-8 of the gaps near q* = 1) costs 1e-3 of the Jacobian. */
    private static final double STEP = 1e-5;
    private final Task1Solver solver;
    private final double tolerance;
    private final int maxIterations;
    private final String prior;

    /**
     * @param solver the task-1 solver whose model is solved (free q*)
     * @param tolerance convergence threshold, in (0, 1e-3)
     * @param maxIterations Newton iterations at most, ≥ 1
     */
    public NewtonSaddle(Task1Solver solver, double tolerance, int maxIterations) {
        if (!(tolerance > 0 && tolerance < 1e-3) || maxIterations < 1) {
            throw new IllegalArgumentException("need 0 < tolerance < 1e-3 and maxIterations >= 1");
        }
        this.solver = solver;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        // the prior's name, as the solver labels its solutions (one map evaluation)
        this.prior = solver.solve(0.01, solver.smallAlphaGuess(0.01), 1).prior();
    }

    /** Tolerance 1e-10 (as the solve commands), at most 40 iterations. */
    public NewtonSaddle(Task1Solver solver) {
        this(solver, 1e-10, 40);
    }

    public Task1Solver solver() {
        return solver;
    }

    /** The saddle point at teacher overlap r in (0, 1) (α is an unknown), from a guess. */
    public Optional<Task1Solution> atOverlap(double r, Task1Solution guess) {
        if (!(r > 0 && r < 1)) {
            throw new IllegalArgumentException("r must lie in (0, 1), got " + r);
        }
        return solve(Chart.of(guess), y -> Chart.point(y).r() - r);
    }

    /** The saddle point at load α (converges to unstable solutions too), from a guess. */
    public Optional<Task1Solution> atLoad(double alpha, Task1Solution guess) {
        return atLoad(alpha, Chart.of(guess));
    }

    /** The saddle point at load α from a guess in {@link Chart} coordinates. */
    Optional<Task1Solution> atLoad(double alpha, double[] guess) {
        double logAlpha = Math.log(alpha);
        return solve(guess, y -> y[3] - logAlpha);
    }

    /**
     * The saddle point on the hyperplane {@code normal·(y − origin) = 0} of {@link Chart} coordinates,
     * starting from {@code origin}.
     */
    Optional<Task1Solution> onHyperplane(double[] normal, double[] origin) {
        return solve(origin, y -> {
            double g = 0;
            for (int i = 0; i < Chart.DIMENSION; i++) {
                g += normal[i] * (y[i] - origin[i]);
            }
            return g;
        });
    }

    private Optional<Task1Solution> solve(double[] y0, ToDoubleFunction<double[]> constraint) {
        int n = Chart.DIMENSION;
        double[] x = y0.clone();
        Step current = step(x, constraint);
        if (current == null) {
            return Optional.empty();
        }
        int it = 0;
        for (; it < maxIterations && !current.converged(tolerance); it++) {
            double[][] jac = new double[n][n];
            for (int j = 0; j < n; j++) {
                double[] y = x.clone();
                y[j] += STEP;
                Step s = step(y, constraint);
                if (s == null) {
                    return Optional.empty();
                }
                for (int i = 0; i < n; i++) {
                    jac[i][j] = (s.residual[i] - current.residual[i]) / STEP;
                }
            }
            RealVector dx;
            try {
                dx = new LUDecomposition(new Array2DRowRealMatrix(jac, false)).getSolver()
                        .solve(new ArrayRealVector(current.residual).mapMultiply(-1));
            } catch (RuntimeException singular) {
                return Optional.empty();
            }
            Step accepted = null;
            double[] next = null;
            for (double lambda = 1; lambda > 1e-4 && accepted == null; lambda *= 0.5) {
                double[] y = x.clone();
                for (int i = 0; i < n; i++) {
                    y[i] += lambda * Math.max(-3, Math.min(3, dx.getEntry(i)));
                }
                Step s = step(y, constraint);
                if (s != null && s.norm() < current.norm()) {
                    accepted = s;
                    next = y;
                }
            }
            if (accepted == null) {
                break;
            }
            x = next;
            current = accepted;
        }
        ReplicaModel.Evaluation ev = current.evaluation;
        OrderParameters op = ev.orderParameters();
        SaddleSolution saddle = new SaddleSolution(op, ev.conjugates(), ev.entropic(), current.model.freeEntropy(ev),
                it, ev.image().distance(op), current.converged(tolerance));
        return Optional.of(new Task1Solution(current.model.alpha(), solver.beta(), prior, saddle, Branch.UNIQUE));
    }

    private record Step(ReplicaModel model, ReplicaModel.Evaluation evaluation, double[] residual) {
        double norm() {
            double m = 0;
            for (double v : residual) {
                m = Math.max(m, Math.abs(v));
            }
            return m;
        }

        boolean converged(double tolerance) {
            return norm() < tolerance || Math.abs(residual[3]) < tolerance
                    && evaluation.image().distance(evaluation.orderParameters()) < tolerance;
        }
    }

    private Step step(double[] y, ToDoubleFunction<double[]> constraint) {
        try {
            OrderParameters op = Chart.point(y);
            if (!op.isInterior()) {
                return null;
            }
            ReplicaModel model = solver.model(Math.exp(y[3]));
            ReplicaModel.Evaluation ev = model.evaluate(op);
            OrderParameters img = ev.image();
            double[] res = {(img.qStar() - op.qStar()) / (1 - op.qStar()), (img.q() - op.q()) / (op.qStar() - op.q()),
                img.r() - op.r(), constraint.applyAsDouble(y)};
            for (double v : res) {
                if (!Double.isFinite(v)) {
                    return null;
                }
            }
            return new Step(model, ev, res);
        } catch (IllegalArgumentException | ArithmeticException | IllegalStateException outside) {
            return null;
        }
    }
}
