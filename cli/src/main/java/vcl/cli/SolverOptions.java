package vcl.cli;

import vcl.experiments.io.OutputFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Option;
import vcl.theory.replica.BranchPoint;

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

    @Option(names = "--all-branches", description = {"Also print the metastable rows where two branches coexist",
        "(by default one row per load: the stable one, the larger free entropy; metastable ones are listed on stderr)."})
    boolean allBranches;

    /**
     * The rows to print: all of them with {@code --all-branches}, else the stable row of each load, the
     * metastable ones being reported on {@code err} so that they are never hidden.
     */
    <S extends BranchPoint<S>> List<S> shown(List<S> rows, Function<S, String> where, PrintWriter err) {
        if (allBranches) {
            return rows;
        }
        List<S> out = new ArrayList<>();
        for (S s : rows) {
            if (s.branch().stable()) {
                out.add(s);
            } else {
                err.printf("%s: a second solution coexists (%s, free entropy %.10g, below the stable one's); "
                        + "--all-branches prints it%n", where.apply(s), s.branch().label(), s.phi());
            }
        }
        err.flush();
        return out;
    }

    /** Checks the values, with messages naming the option and its range. */
    void validate() {
        if (!(tolerance > 0 && tolerance < 1e-3)) {
            throw new IllegalArgumentException("--tolerance must lie in (0, 1e-3), got " + tolerance);
        }
        Checks.atLeast("--max-iterations", maxIterations, 1);
    }
}
