package vcl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vcl cl}: deep continual learning on image task streams. */
@Command(name = "cl", mixinStandardHelpOptions = true, footer = ParentCommand.FOOTER,
        description = "Deep continual learning: a binary MLP trained on a stream of image tasks.",
        subcommands = {ClRunCommand.class})
public final class ClCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return ParentCommand.missingSubcommand(spec);
    }
}
