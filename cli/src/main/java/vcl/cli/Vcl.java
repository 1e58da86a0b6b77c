package vcl.cli;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vcl.experiments.io.Terminal;

/** Entry point of the {@code vcl} command line: solve, simulate, figure, sweep, demo, bench, cl. */
@Command(name = "vcl", mixinStandardHelpOptions = true, footer = ParentCommand.FOOTER, versionProvider = VersionProvider.class,
        description = {"Statistical mechanics of continual learning in binary neural networks: replica theory"
                + " (solve), field-space simulations (simulate), the paper's figures (figure, demo), benchmarks"
                + " (bench) and deep continual learning (cl)."})
public final class Vcl implements java.util.concurrent.Callable<Integer> {

    /** The subcommands, in the order of the help. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            CommandLine.HelpCommand.class,
            SolveCommand.class,
            SimulateCommand.class,
            FigureCommand.class,
            DemoCommand.class,
            BenchCommand.class,
            ClCommand.class,
            SweepCommand.class,
            ServeCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return ParentCommand.missingSubcommand(spec);
    }

    /** Builds the configured command line with every subcommand. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /**
     * The command line that runs {@code args} (shared by {@link #main} and the tests): when the first
     * argument names a subcommand, only that subcommand's tree is built, and for a lone
     * {@code --version} none; building the option models of every command is most of the start-up
     * time of a short run. Anything else (help, a misspelt command) gets every subcommand.
     */
    public static CommandLine commandLine(String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return commandLine(List.of());
        }
        if (args.length > 0) {
            for (Class<?> c : SUBCOMMANDS) {
                Command command = c.getAnnotation(Command.class);
                if (c != CommandLine.HelpCommand.class && command != null
                        && (command.name().equals(args[0]) || Arrays.asList(command.aliases()).contains(args[0]))) {
                    return commandLine(List.of(c));
                }
            }
        }
        return commandLine();
    }

    private static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new Vcl());
        for (Class<?> c : subcommands) {
            cl.addSubcommand(c);
        }
        // colours only when both streams the help may go to are terminals: never escape codes in a log
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(Terminal.stdout() && Terminal.stderr()
                ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        ExitCodeHandler handler = new ExitCodeHandler();
        cl.setParameterExceptionHandler(handler);
        cl.setExecutionExceptionHandler(handler);
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }
}
