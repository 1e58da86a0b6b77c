package vcl.cli;

import picocli.CommandLine;
import vcl.experiments.io.AtomicFiles;
import vcl.experiments.solve.SolveTable;

/** Writes the rows of a {@code solve} command and turns non-converged points into exit code 3. */
final class SolveOutput {

    private SolveOutput() {
    }

    static int emit(SolveTable result, SolverOptions options, CommandLine cmd) {
        AtomicFiles.emit(result.table().render(options.format, result.provenance()), options.out, cmd.getOut());
        if (!result.converged()) {
            cmd.getErr().println("vcl: some points did not converge (converged=false rows)");
            cmd.getErr().flush();
            return ExitCodes.NOT_CONVERGED;
        }
        return ExitCodes.OK;
    }
}
