package vcl.experiments.sweep;

import java.util.Arrays;
import java.util.stream.Collectors;
import vcl.experiments.spec.UserInputException;

/** The commands a sweep can run, by the name a sweep file gives them ({@code command: solve task1}). */
public enum SweptCommand {
    SOLVE_TASK1("solve task1", new SolveTask1Line()),
    SOLVE_TASK2("solve task2", new SolveTask2Line()),
    SIMULATE_TASK1("simulate task1", new SimulateTask1Point()),
    SIMULATE_TASK2("simulate task2", new SimulateTask2Line()),
    CL_RUN("cl run", new ClRunPoint());

    private final String label;
    private final LineComputation computation;

    SweptCommand(String label, LineComputation computation) {
        this.label = label;
        this.computation = computation;
    }

    /** The command's name, as on the command line. */
    public String label() {
        return label;
    }

    /** How the command computes a task. */
    public LineComputation computation() {
        return computation;
    }

    /**
     * The command of a sweep file's {@code command} entry (spaces between words are not significant).
     *
     * @throws UserInputException listing the commands a sweep runs
     */
    public static SweptCommand of(String text) {
        String wanted = text == null ? "" : text.trim().replaceAll("\\s+", " ");
        for (SweptCommand c : values()) {
            if (c.label.equals(wanted)) {
                return c;
            }
        }
        throw UserInputException.malformed("command", "sweep command must be one of "
                + Arrays.stream(values()).map(c -> "'" + c.label + "'").collect(Collectors.joining(", "))
                + ", got '" + text + "'");
    }
}
