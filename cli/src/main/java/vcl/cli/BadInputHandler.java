package vcl.cli;

import picocli.CommandLine;

/**
 * Turns parse errors and {@link IllegalArgumentException}s raised while validating input into a
 * one-line message on stderr and exit code 2.
 */
final class BadInputHandler implements CommandLine.IParameterExceptionHandler,
        CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("vcl: error: " + ex.getMessage());
        cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        cmd.getErr().flush();
        return ExitCodes.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed)
            throws Exception {
        if (ex instanceof IllegalArgumentException || ex instanceof vcl.experiments.spec.UserInputException) {
            cmd.getErr().println("vcl: error: " + ex.getMessage());
            cmd.getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
        throw ex;
    }
}
