package vcl.cli;

import picocli.CommandLine.Command;

/** {@code vcl solve}: deterministic solutions of the replica saddle-point equations. */
@Command(name = "solve", description = "Solve the replica saddle-point equations (task1, task2, phase, gibbs, potential, rsb).",
        mixinStandardHelpOptions = true, footer = ParentCommand.FOOTER, subcommands = {SolveTask1Command.class,
            SolveTask2Command.class, SolvePhaseCommand.class, SolveGibbsCommand.class, SolvePotentialCommand.class,
            SolveRsbCommand.class})
public final class SolveCommand implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return ParentCommand.missingSubcommand(spec);
    }
}
