package vcl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vcl simulate}: field-space SGD simulations of tasks 1 and 2. */
@Command(name = "simulate", mixinStandardHelpOptions = true, footer = ParentCommand.FOOTER,
        description = "Field-space SGD/Adam simulations of the teacher-student binary perceptron.",
        subcommands = {SimulateTask1Command.class, SimulateTask2Command.class})
public final class SimulateCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return ParentCommand.missingSubcommand(spec);
    }
}
