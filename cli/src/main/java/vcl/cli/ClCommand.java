package vcl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vcl cl}: deep continual learning on image task streams. */
@Command(name = "cl", mixinStandardHelpOptions = true,
        description = "Deep continual learning: a binary MLP trained on a stream of image tasks.",
        subcommands = {ClRunCommand.class})
public final class ClCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
