package vcl.cli;

import picocli.CommandLine;

/**
 * What a command that only groups subcommands ({@code vcl}, {@code vcl solve}, {@code vcl simulate},
 * {@code vcl bench}, {@code vcl cl}) does when called without one: its usage on stderr, exit 2.
 */
final class ParentCommand {

    /** The footer of a parent command's help: where each subcommand's options are described. */
    static final String FOOTER = "%nRun '${COMMAND-FULL-NAME} COMMAND --help' for a command's options and defaults.";

    private ParentCommand() {
    }

    /** Prints the usage of {@code spec}'s command on stderr and returns the bad-input exit code. */
    static int missingSubcommand(CommandLine.Model.CommandSpec spec) {
        CommandLine cmd = spec.commandLine();
        cmd.getErr().println("vcl: error: '" + spec.qualifiedName() + "' needs a command");
        cmd.usage(cmd.getErr());
        cmd.getErr().flush();
        return ExitCodes.BAD_INPUT;
    }
}
