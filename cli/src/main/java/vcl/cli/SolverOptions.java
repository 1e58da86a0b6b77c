package vcl.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import vcl.experiments.io.OutputFormat;
import vcl.experiments.spec.SolverSettings;

/** Options shared by the {@code solve} commands: solver accuracy, the transition, shown rows, where the rows go. */
public final class SolverOptions {

    @Option(names = "--tolerance", defaultValue = "1e-10", description = "Residual tolerance of the solver (default ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--max-iterations", defaultValue = "400", description = "Iteration cap per point (default ${DEFAULT-VALUE}).")
    int maxIterations;

    @Option(names = "--format", defaultValue = "csv", description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", converter = OutputPaths.File.class,
            description = "Write to FILE (atomically) instead of stdout; - is stdout.")
    Path out;

    @Option(names = "--all-branches", description = "Also print the metastable rows where two branches coexist (by default one row per load: the"
            + " stable one, of larger free entropy; the metastable ones are listed on stderr).")
    boolean allBranches;

    @Option(names = "--transition", description = "Also locate the first-order transition (equal Φ on both branches; in task 2 one for every r0),"
            + " printed on stderr and in the JSON.")
    boolean transition;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Time budget of the whole solve (default: none);"
            + " when it runs out the rows so far are written and the exit code is 3. Long sweeps say every 10 s where"
            + " they are.")
    Double timeLimit;

    /** The solver settings (validated by {@link SolverSettings}). */
    SolverSettings settings() {
        return new SolverSettings(tolerance, maxIterations, allBranches,
                timeLimit == null ? Double.POSITIVE_INFINITY : timeLimit);
    }
}
