package vcl.cli;

import picocli.CommandLine.Command;

/** {@code vcl solve}: deterministic solutions of the replica saddle-point equations. */
@Command(name = "solve", description = "Solve the replica saddle-point equations (task1, task2).",
        mixinStandardHelpOptions = true, subcommands = {SolveTask1Command.class, SolveTask2Command.class,
            SolvePhaseCommand.class})
public final class SolveCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
