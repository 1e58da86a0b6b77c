package vcl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vcl bench}: performance benchmarks, one subcommand each. */
@Command(name = "bench", mixinStandardHelpOptions = true, footer = ParentCommand.FOOTER,
        description = "Performance benchmarks against reference implementations.",
        subcommands = {BenchSgdCommand.class, BenchMlpCommand.class, BenchTask1Command.class, BenchTask2Command.class})
public final class BenchCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return ParentCommand.missingSubcommand(spec);
    }
}
