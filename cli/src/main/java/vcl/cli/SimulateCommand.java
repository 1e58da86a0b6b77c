package vcl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vcl simulate}: field-space SGD simulations of tasks 1 and 2. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Field-space SGD/Adam simulations of the teacher-student binary perceptron.",
        subcommands = {SimulateTask1Command.class, SimulateTask2Command.class})
public final class SimulateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
