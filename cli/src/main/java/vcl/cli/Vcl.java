package vcl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code vcl} command line: solve, simulate, figure, sweep, demo, bench, cl. */
@Command(name = "vcl", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Statistical mechanics of continual learning in binary neural networks.",
        subcommands = {
            CommandLine.HelpCommand.class,
            SolveCommand.class,
            SimulateCommand.class,
            FigureCommand.class,
            DemoCommand.class,
            BenchCommand.class,
            ClCommand.class,
            ServeCommand.class,
        })
public final class Vcl implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Builds the configured command line (shared by {@link #main} and the tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Vcl());
        ExitCodeHandler handler = new ExitCodeHandler();
        cl.setParameterExceptionHandler(handler);
        cl.setExecutionExceptionHandler(handler);
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
