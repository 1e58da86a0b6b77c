package vcl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vcl bench}: performance benchmarks, one subcommand each. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Performance benchmarks against reference implementations.",
        subcommands = {BenchSgdCommand.class, BenchMlpCommand.class, BenchTask1Command.class, BenchTask2Command.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
