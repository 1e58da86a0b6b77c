package vcl.experiments.spec;

/**
 * How hard the saddle-point solver works and which rows are shown.
 *
 * @param tolerance     residual tolerance, in (0, 1e-3)
 * @param maxIterations iteration cap per point, at least 1
 * @param allBranches   print metastable rows too (else they are listed on stderr)
 */
public record SolverSettings(double tolerance, int maxIterations, boolean allBranches) {

    public SolverSettings {
        SolverRanges.TOLERANCE.check("--tolerance", tolerance);
        SolverRanges.ITERATIONS.check("--max-iterations", maxIterations);
    }
}
