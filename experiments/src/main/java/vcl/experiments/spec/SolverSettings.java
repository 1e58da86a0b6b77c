package vcl.experiments.spec;

/**
 * How hard the saddle-point solver works and which rows are shown.
 *
 * @param tolerance     residual tolerance, in (0, 1e-3)
 * @param maxIterations iteration cap per point, at least 1
 * @param allBranches   print metastable rows too (else they are listed on stderr)
 * @param timeLimit     time budget of the whole solve in seconds, > 0 (+∞: none); when it runs out the
 *                      rows so far are written and the command exits with 3
 */
public record SolverSettings(double tolerance, int maxIterations, boolean allBranches, double timeLimit) {

    public SolverSettings {
        SolverRanges.TOLERANCE.check("--tolerance", tolerance);
        SolverRanges.ITERATIONS.check("--max-iterations", maxIterations);
        if (timeLimit != Double.POSITIVE_INFINITY) {
            SolverRanges.TIME_LIMIT.check("--time-limit", timeLimit);
        }
    }

    /** Settings without a time budget. */
    public SolverSettings(double tolerance, int maxIterations, boolean allBranches) {
        this(tolerance, maxIterations, allBranches, Double.POSITIVE_INFINITY);
    }
}
