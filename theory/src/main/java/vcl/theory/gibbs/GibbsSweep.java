package vcl.theory.gibbs;

import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import vcl.theory.replica.LoadContinuation;
import vcl.theory.replica.SweepMonitor;

/**
 * Sweeps of Gibbs learning along α on the shared {@link LoadContinuation}: upward from a small load
 * along the poor branch (fixed-point iteration), downward along the perfect state q = r = 1 (its
 * closed form, Φ = 0). Rows carry the usual branch labels (poor/good, stable by the larger Φ); a
 * load where the poor branch has ended has the perfect state alone ({@code unique}).
 */
public final class GibbsSweep {

    private static final int CONTINUATION_ITERATIONS = 200;
    /** The poor branch is followed up to this load (times the load scale) when only its end is wanted. */
    private static final double FAR = 20;
    private static final int FAR_POINTS = 400;
    private final GibbsSolver solver;
    private final LoadContinuation<GibbsSolution> continuation;
    /** The load scale max(1, T): at high temperature the loads that matter grow like T (α β fixed). */
    private final double scale;

    /**
     * Continuation steps of at most 0.05, at least 1e-3 and starting at 0.05, each times the load
     * scale max(1, T); a step changing r by more than 0.02 from the prediction is refused.
     */
    public GibbsSweep(GibbsSolver solver) {
        this.solver = solver;
        this.scale = Math.max(1, 1 / solver.beta());
        this.continuation = new LoadContinuation<>(solver, new LoadContinuation.Settings(0.05 * scale, 1e-3 * scale,
                0.02, CONTINUATION_ITERATIONS, 0.05 * scale));
    }

    public GibbsSolver solver() {
        return solver;
    }

    /** Both branches at every α (ascending; poor before good where both exist). */
    public List<GibbsSolution> sweep(double[] alphas, IntConsumer progress, SweepMonitor monitor) {
        return continuation.sweep(alphas, progress, monitor);
    }

    /** The load where the two branches' free entropies are equal, bracketed by two rows holding both. */
    public Optional<Double> transition(List<GibbsSolution> rows) {
        return continuation.transition(rows);
    }

    /**
     * The poor branch on a grid of 400 loads up to 20 times the load scale, ascending, up to its end
     * (its last row within one grid step of the fold).
     *
     * @throws IllegalStateException if the branch has not ended by the grid's last load
     */
    public List<GibbsSolution> poorBranch() {
        double[] grid = new double[FAR_POINTS];
        for (int i = 0; i < FAR_POINTS; i++) {
            grid[i] = FAR * scale * (i + 1) / FAR_POINTS;
        }
        List<GibbsSolution> poor = continuation.sweep(grid, null).stream().filter(s -> !s.perfect()).toList();
        if (!poor.isEmpty() && poor.get(poor.size() - 1).alpha() == grid[FAR_POINTS - 1]) {
            throw new IllegalStateException("the poor branch does not end below alpha = " + grid[FAR_POINTS - 1]);
        }
        return poor;
    }

    /** The spinodal and the first-order transition at this sweep's temperature ({@link Thresholds}). */
    public Thresholds.Result thresholds() {
        return new Thresholds(solver).locate(poorBranch());
    }
}
