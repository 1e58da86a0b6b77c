package vcl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import vcl.experiments.io.AtomicFiles;
import vcl.experiments.io.VersionInfo;
import vcl.experiments.spec.UserInputException;

/**
 * Maps what escapes a command to an exit code and one line on stderr: parse errors and
 * {@link UserInputException} are bad input (exit 2, the message names the option and its range),
 * and so is a file that cannot be read (exit 2, the message names the file and the reason); an
 * output that cannot be written (read-only folder, disk full) is exit 74, one line naming the file; anything else is a broken internal invariant (exit 70, "please
 * report", with the version and commit; the stack trace too when the environment variable
 * {@value #DEBUG_VARIABLE} is set).
 */
final class ExitCodeHandler implements CommandLine.IParameterExceptionHandler,
        CommandLine.IExecutionExceptionHandler {

    /** Set (to anything non-empty) to print the stack trace of an internal error. */
    static final String DEBUG_VARIABLE = "VCL_DEBUG";

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        if (ex.getCause() instanceof OutputPaths.Refused refused) {
            cmd.getErr().println("vcl: error: " + refused.getMessage());
            cmd.getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
        cmd.getErr().println("vcl: error: " + ex.getMessage() + accepts(ex));
        cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        cmd.getErr().flush();
        return ExitCodes.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof AtomicFiles.WriteFailure) {
            err.println("vcl: error: " + ex.getMessage());
            err.flush();
            return ExitCodes.IO_ERROR;
        }
        if (ex instanceof UserInputException || ex instanceof UncheckedIOException || ex instanceof IOException) {
            err.println("vcl: error: " + ex.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        err.println(internalError(ex));
        String debug = System.getenv(DEBUG_VARIABLE);
        if (debug != null && !debug.isEmpty()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    /**
     * For a value picocli could not convert ("'abc' is not an int"), what the option accepts: its
     * description, which states the range ("; --n: Number of weights N (>= 1)."); else nothing.
     */
    static String accepts(CommandLine.ParameterException ex) {
        String message = ex.getMessage();
        if (message == null || !message.startsWith("Invalid value for option")
                || !(ex.getArgSpec() instanceof CommandLine.Model.OptionSpec option)) {
            return "";
        }
        return accepts(option);
    }

    /** What an option accepts, from its description ("; --n: Number of weights N (>= 1)."); else nothing. */
    static String accepts(CommandLine.Model.OptionSpec option) {
        if (option.description().length == 0) {
            return "";
        }
        return "; " + option.longestName() + ": " + String.join(" ", option.description())
                .replace("${DEFAULT-VALUE}", String.valueOf(option.defaultValue()))
                .replace("${COMPLETION-CANDIDATES}", option.completionCandidates() == null ? ""
                        : String.join(", ", option.completionCandidates()));
    }

    /** The one line printed for an internal error. */
    static String internalError(Throwable ex) {
        String what = ex.getMessage() == null ? ex.getClass().getName() : ex.getMessage();
        return "vcl: internal error: " + what + " — please report this, with the command line and: version "
                + VersionInfo.version() + ", commit " + VersionInfo.commit()
                + (VersionInfo.dirty() ? " (with uncommitted changes)" : "")
                + " (set " + DEBUG_VARIABLE + "=1 for the stack trace)";
    }
}
