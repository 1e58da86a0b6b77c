package vcl.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the {@code solve} commands: solver accuracy and where the rows go. */
public final class SolverOptions {

    @Option(names = "--tolerance", defaultValue = "1e-10", description = "Residual tolerance of the solver (default ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--max-iterations", defaultValue = "400", description = "Iteration cap per point (default ${DEFAULT-VALUE}).")
    int maxIterations;

    @Option(names = "--format", defaultValue = "csv", description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    Path out;

    /** Checks the values, with messages naming the option and its range. */
    void validate() {
        if (!(tolerance > 0 && tolerance < 1e-3)) {
            throw new IllegalArgumentException("--tolerance must lie in (0, 1e-3), got " + tolerance);
        }
        Checks.atLeast("--max-iterations", maxIterations, 1);
    }
}
