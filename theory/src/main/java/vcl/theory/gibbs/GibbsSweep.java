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
    /** The poor branch is followed up to this load when only its end is wanted. */
    private static final double FAR = 20;
    private final GibbsSolver solver;
    private final LoadContinuation<GibbsSolution> continuation;

    public GibbsSweep(GibbsSolver solver) {
        this.solver = solver;
        this.continuation = new LoadContinuation<>(solver,
                new LoadContinuation.Settings(0.05, 1e-3, 0.02, CONTINUATION_ITERATIONS, 0.05));
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
     * The poor branch on the grid 0.05, 0.10, … from α = 0.05 to its end (ascending), by continuation
     * (its last point within 1e-3 of the fold in α).
     */
    public List<GibbsSolution> poorBranch() {
        int n = (int) Math.round(FAR / 0.05);
        double[] grid = new double[n];
        for (int i = 0; i < n; i++) {
            grid[i] = 0.05 * (i + 1);
        }
        return continuation.sweep(grid, null).stream().filter(s -> !s.perfect()).toList();
    }

    /** The spinodal and the first-order transition at this sweep's temperature ({@link Thresholds}). */
    public Thresholds.Result thresholds() {
        return new Thresholds(solver).locate(poorBranch());
    }
}
