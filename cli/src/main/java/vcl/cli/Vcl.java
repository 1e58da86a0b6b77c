package vcl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import vcl.experiments.io.Terminal;

/** Entry point of the {@code vcl} command line: solve, simulate, figure, sweep, demo, bench, cl. */
@Command(name = "vcl", mixinStandardHelpOptions = true, footer = ParentCommand.FOOTER, versionProvider = VersionProvider.class,
        description = {"Statistical mechanics of continual learning in binary neural networks: replica theory"
                + " (solve), field-space simulations (simulate), the paper's figures (figure, demo), benchmarks"
                + " (bench) and deep continual learning (cl)."},
        subcommands = {
            CommandLine.HelpCommand.class,
            SolveCommand.class,
            SimulateCommand.class,
            FigureCommand.class,
            DemoCommand.class,
            BenchCommand.class,
            ClCommand.class,
        })
public final class Vcl implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return ParentCommand.missingSubcommand(spec);
    }

    /** Builds the configured command line (shared by {@link #main} and the tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Vcl());
        // colours only when both streams the help may go to are terminals: never escape codes in a log
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(Terminal.stdout() && Terminal.stderr()
                ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        ExitCodeHandler handler = new ExitCodeHandler();
        cl.setParameterExceptionHandler(handler);
        cl.setExecutionExceptionHandler(handler);
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
