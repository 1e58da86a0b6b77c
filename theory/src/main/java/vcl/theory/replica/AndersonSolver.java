package vcl.theory.replica;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.UnaryOperator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Fixed-point iteration {@code x = T(x)} accelerated by Anderson mixing (type II, memory m):
 * with residuals {@code g_k = T(x_k) − x_k},
 * {@code x_{k+1} = x_k + λ g_k − (ΔX + λ ΔG) γ}, {@code γ = argmin ‖g_k − ΔG γ‖} (least squares by
 * EJML's QR). A candidate outside the physical domain falls back to the damped step
 * {@code x_k + λ g_k}, halving λ until it is admissible. Stops when {@code ‖g_k‖_∞ < tolerance},
 * at the iteration cap, or (optionally) when the iteration stagnates: the smallest residual so far
 * has not halved during the last {@code stallWindow} iterations. Past a saddle-node bifurcation,
 * where the map has no fixed point nearby, the residual wanders at its starting level instead of
 * falling, and the stall test ends such a solve long before the cap.
 */
public final class AndersonSolver {

    /** The outcome of one solve. */
    public record Result(double[] x, double[] image, int iterations, double residual, boolean converged) {
    }

    /** The domain test for candidates. */
    public interface Domain {
        boolean contains(double[] x);
    }

    private final int memory;
    private final double mixing;
    private final double tolerance;

    public AndersonSolver(int memory, double mixing, double tolerance) {
        if (memory < 0 || !(mixing > 0 && mixing <= 1) || !(tolerance > 0)) {
            throw new IllegalArgumentException("bad Anderson settings: memory >= 0, mixing in (0, 1], tolerance > 0");
        }
        this.memory = memory;
        this.mixing = mixing;
        this.tolerance = tolerance;
    }

    public double tolerance() {
        return tolerance;
    }

    /** Iterates from x0 (which must lie in the domain), at most {@code maxIterations} evaluations of the map. */
    public Result solve(int maxIterations, UnaryOperator<double[]> map, double[] x0, Domain domain) {
        return solve(maxIterations, 0, map, x0, domain);
    }

    /**
     * As {@link #solve(int, UnaryOperator, double[], Domain)}, and gives up (not converged) once the
     * smallest residual so far has not halved for {@code stallWindow} iterations; 0 disables the test.
     */
    public Result solve(int maxIterations, int stallWindow, UnaryOperator<double[]> map, double[] x0, Domain domain) {
        if (stallWindow < 0) {
            throw new IllegalArgumentException("stall window must be >= 0, got " + stallWindow);
        }
        int n = x0.length;
        double[] x = x0.clone();
        double[] tx = map.apply(x);
        double[] g = minus(tx, x);
        Deque<double[]> dx = new ArrayDeque<>();
        Deque<double[]> dg = new ArrayDeque<>();
        double res = normInf(g);
        int it = 1;
        // the residual a later one must halve, and the iteration that set it
        double mark = res;
        int markedAt = 1;
        while (res >= tolerance && it < maxIterations) {
            if (stallWindow > 0 && it - markedAt >= stallWindow) {
                break;
            }
            double[] next = null;
            if (!dx.isEmpty()) {
                next = andersonStep(x, g, dx, dg);
                if (next != null && !domain.contains(next)) {
                    next = null;
                }
            }
            if (next == null) {
                double lambda = mixing;
                next = plus(x, g, lambda);
                while (!domain.contains(next) && lambda > 1e-6) {
                    lambda *= 0.5;
                    next = plus(x, g, lambda);
                }
                if (!domain.contains(next)) {
                    break;
                }
            }
            double[] txNext = map.apply(next);
            double[] gNext = minus(txNext, next);
            dx.addLast(minus(next, x));
            dg.addLast(minus(gNext, g));
            if (dx.size() > Math.min(memory, n)) {
                dx.removeFirst();
                dg.removeFirst();
            }
            x = next;
            tx = txNext;
            g = gNext;
            res = normInf(g);
            it++;
            if (res <= 0.5 * mark) {
                mark = res;
                markedAt = it;
            }
        }
        return new Result(x, tx, it, res, res < tolerance);
    }

    private double[] andersonStep(double[] x, double[] g, Deque<double[]> dx, Deque<double[]> dg) {
        int n = x.length;
        int m = dg.size();
        DMatrixRMaj a = new DMatrixRMaj(n, m);
        DMatrixRMaj b = new DMatrixRMaj(n, 1);
        int j = 0;
        for (double[] col : dg) {
            for (int i = 0; i < n; i++) {
                a.set(i, j, col[i]);
            }
            j++;
        }
        for (int i = 0; i < n; i++) {
            b.set(i, 0, g[i]);
        }
        DMatrixRMaj gamma = new DMatrixRMaj(m, 1);
        LinearSolverDense<DMatrixRMaj> ls = LinearSolverFactory_DDRM.leastSquares(n, m);
        if (m > n || !ls.setA(a)) {
            return null;
        }
        ls.solve(b, gamma);
        if (!Double.isFinite(CommonOps_DDRM.elementSum(gamma))) {
            return null;
        }
        double[] next = plus(x, g, mixing);
        j = 0;
        double[][] dxs = dx.toArray(new double[0][]);
        double[][] dgs = dg.toArray(new double[0][]);
        for (j = 0; j < m; j++) {
            double gj = gamma.get(j, 0);
            for (int i = 0; i < n; i++) {
                next[i] -= gj * (dxs[j][i] + mixing * dgs[j][i]);
            }
        }
        return next;
    }

    private static double[] minus(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] - b[i];
        }
        return r;
    }

    private static double[] plus(double[] x, double[] g, double lambda) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = x[i] + lambda * g[i];
        }
        return r;
    }

    private static double normInf(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
