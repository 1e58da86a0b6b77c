package vcl.theory.task1;

import vcl.theory.replica.LoadContinuation;
import vcl.theory.replica.SweepMonitor;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * α sweeps of the task-1 saddle point by continuation in both directions
 * ({@link LoadContinuation}): upward from small α (the poor-generalization branch, started at
 * α ≤ 0.05) and downward from the largest α (started deep in the good-generalization regime), so
 * that coexisting branches and first-order jumps are found. Internal steps of at most
 * {@code maxStep} in α, refined down to 1e-3 before a branch is declared ended; a continuation step
 * may use 60 iterations, and is given up once its residual has not halved for 15 (past a spinodal
 * the residual stagnates; converging steps halve it every few iterations).
 */
public final class Task1Sweep {

    private static final int CONTINUATION_ITERATIONS = 60;
    private static final int STALL_WINDOW = 15;
    private static final double MIN_STEP = 1e-3;
    private final LoadContinuation<Task1Solution> continuation;

    /**
     * @param maxStep longest internal step in α
     * @param jumpTolerance largest accepted deviation of r from the secant prediction in one step
     */
    public Task1Sweep(Task1Solver solver, double maxStep, double jumpTolerance) {
        this.continuation = new LoadContinuation<>(solver, new LoadContinuation.Settings(maxStep,
                Math.min(MIN_STEP, maxStep), jumpTolerance, CONTINUATION_ITERATIONS, 0.05, STALL_WINDOW));
    }

    public Task1Sweep(Task1Solver solver) {
        this(solver, 0.05, 0.05);
    }

    /**
     * Solves at every α (any order, duplicates removed) on both branches.
     *
     * @param progress called with the number of requested α done on each pass (may be null)
     */
    public List<Task1Solution> sweep(double[] alphas, IntConsumer progress) {
        return continuation.sweep(alphas, progress);
    }

    /**
     * As {@link #sweep(double[], IntConsumer)}, watched by {@code monitor} (every internal step is
     * reported; a stop leaves the α not reached without a row).
     */
    public List<Task1Solution> sweep(double[] alphas, IntConsumer progress, SweepMonitor monitor) {
        return continuation.sweep(alphas, progress, monitor);
    }

    /**
     * The poor branch at α, continued upward from small α, or the good branch, continued downward
     * from {@code max(α, goodStart)}; empty where that branch does not exist (it ended before α).
     */
    public Optional<Task1Solution> branch(double alpha, boolean poor, double goodStart) {
        return continuation.branch(alpha, poor, goodStart);
    }

    /** The α where the poor and good branches have equal free entropy, if both coexist somewhere in the list. */
    public Optional<Double> transition(List<Task1Solution> rows) {
        return continuation.transition(rows);
    }
}
