package vcl.theory.phase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * Where the poor branch ends when it runs into the boundary q* → 1 (β ≳ 25) instead of folding: the
 * limit of its load as {@code ε = 1 − q*} → 0. Along the branch {@code α(ε) = α∞ − c₁√ε − c₂ε − …}
 * ({@code q* − q} also falls as √ε), so the load where a trace stops (1 − q* ≈ 1e-9) lies
 * {@code c₁·3e-5} below the limit, 7e-4 at β = 300 … 1000 ({@code c₁} = 21 … 25). The branch is solved
 * at fixed {@code q* = 1 − ε} ({@link NewtonSaddle#onHyperplane} with the q* coordinate's normal, each
 * point started from the previous one) at the seven gaps {@link #GAPS} (1e-7 down to 1e-10, a factor
 * √10 apart), and α∞ is the constant of the least-squares cubic in {@code t = √ε} through them
 * (the measured {@code 1 − q*} of each point, not the nominal one).
 *
 * <p>Newton runs to an absolute residual of {@link #TOLERANCE}: at ε = 1e-10 the relative residual
 * {@code (T_q* − q*)/(1 − q*)} cannot fall below the rounding of {@code E⟨m²⟩} (1e-6), so the
 * convergence test is the map's absolute move, and the solve commands' 1e-10 would leave α off by
 * up to 1e-7 there. In the limit the likelihood {@code H(·)^β} is a step whatever β, and α∞ is the same
 * for every β (2.3674979 at β = 50, 300, 500, 1000 to 2e-7; docs/theory-beyond.md section 2).
 */
final class BoundaryLimit {

    /** The gaps {@code 1 − q*} at which the branch is solved. */
    static final double[] GAPS = {1e-7, 3.1622776601683795e-8, 1e-8, 3.1622776601683795e-9, 1e-9,
        3.1622776601683795e-10, 1e-10};
    /** Newton's convergence threshold (absolute move of the map). */
    static final double TOLERANCE = 1e-12;
    /** Fewest points for the cubic fit. */
    private static final int MIN_POINTS = 5;
    private static final int DEGREE = 3;

    /**
     * The limit and the points it was extrapolated from.
     *
     * @param alpha the load's limit α∞ as q* → 1
     * @param slope the coefficient c₁ of √ε ({@code α ≈ α∞ − c₁√ε})
     * @param misfit the fit's largest residual over the points
     * @param points the branch at fixed q*, in the order of {@link #GAPS} (those that converged)
     */
    record Limit(double alpha, double slope, double misfit, List<Task1Solution> points) {
        Limit {
            points = List.copyOf(points);
        }
    }

    private BoundaryLimit() {
    }

    /**
     * The limit of the branch traced up to the boundary by {@code trace} (the first gap is started from
     * its point nearest in q*, every other from the previous gap's point), solved with the energetic and
     * entropic terms of {@code solver}; empty when fewer than five of the gaps converge.
     */
    static Optional<Limit> of(Task1Solver solver, List<Task1Solution> trace) {
        NewtonSaddle newton = new NewtonSaddle(solver, TOLERANCE, 100);
        List<Task1Solution> pts = new ArrayList<>();
        double first = Math.log1p(-GAPS[0]) - Math.log(GAPS[0]);
        Task1Solution from = trace.get(0);
        for (Task1Solution s : trace) {
            if (Math.abs(Chart.of(s)[0] - first) < Math.abs(Chart.of(from)[0] - first)) {
                from = s;
            }
        }
        for (double eps : GAPS) {
            double[] y = Chart.of(from);
            y[0] = Math.log1p(-eps) - Math.log(eps);
            Optional<Task1Solution> s = newton.onHyperplane(new double[] {1, 0, 0, 0}, y)
                    .filter(Task1Solution::converged);
            if (s.isPresent()) {
                pts.add(s.get());
                from = s.get();
            }
        }
        if (pts.size() < MIN_POINTS) {
            return Optional.empty();
        }
        double[][] design = new double[pts.size()][DEGREE + 1];
        double[] alphas = new double[pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            double t = Math.sqrt(1 - pts.get(i).orderParameters().qStar());
            for (int k = 0; k <= DEGREE; k++) {
                design[i][k] = Math.pow(t / Math.sqrt(GAPS[0]), k);
            }
            alphas[i] = pts.get(i).alpha();
        }
        Array2DRowRealMatrix a = new Array2DRowRealMatrix(design, false);
        RealVector c = new QRDecomposition(a).getSolver().solve(new ArrayRealVector(alphas, false));
        double misfit = a.operate(c).subtract(new ArrayRealVector(alphas, false)).getLInfNorm();
        return Optional.of(new Limit(c.getEntry(0), -c.getEntry(1) / Math.sqrt(GAPS[0]), misfit, pts));
    }
}
