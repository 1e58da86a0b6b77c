package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vcl.sim.optim.OptimizerKind;

/** The training options are checked by the specs they build, with the specs' wording. */
class TrainingOptionsTest {

    private static SimulateCommandTest.Outcome task1(String... more) {
        String[] base = {"simulate", "task1", "--n", "10", "--alpha", "1"};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return SimulateCommandTest.vcl(all);
    }

    @Test
    void valuesOutOfRangeAreUserErrorsWithTheSpecsWording() {
        String[][] cases = {
            {"--lr", "-1"}, {"--momentum", "2"}, {"--optimizer", "rmsprop"}, {"--seeds", "0"}, {"--epochs", "0"},
            {"--weight-decay", "-0.5"}, {"--beta-field", "0"}, {"--entropy-prior", "-1"},
        };
        String[] messages = {
            "--lr must be a finite number > 0, got -1", "--momentum must be in [0, 1), got 2",
            "--optimizer must be one of sgd, adam, got 'rmsprop'", "--seeds must be >= 1, got 0",
            "--epochs must be >= 1, got 0", "--weight-decay must be a finite number >= 0, got -0.5",
            "--beta-field must be a finite number > 0, got 0", "--entropy-prior must be a finite number >= 0, got -1",
        };
        for (int c = 0; c < cases.length; c++) {
            String[] args = cases[c][0].equals("--seeds") ? cases[c]
                    : new String[] {cases[c][0], cases[c][1], "--seeds", "1"};
            SimulateCommandTest.Outcome o = task1(args);
            assertEquals(2, o.code(), String.join(" ", cases[c]));
            assertTrue(o.err().contains(messages[c]), o.err());
        }
        SimulateCommandTest.Outcome gamma = SimulateCommandTest.vcl("simulate", "task2", "--n", "10", "--alpha1", "1",
                "--alpha2", "1", "--r0", "0", "--gamma", "-1", "--seeds", "1");
        assertEquals(2, gamma.code());
        assertTrue(gamma.err().contains("--gamma must be a finite number >= 0, got -1"), gamma.err());
    }

    @Test
    void theOptimizerChoicesComeFromTheRegistry() {
        SimulateCommandTest.Outcome help = SimulateCommandTest.vcl("simulate", "task1", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("one of " + String.join(", ", OptimizerKind.names())), help.out());
        for (String name : OptimizerKind.names()) {
            SimulateCommandTest.Outcome o = task1("--seeds", "1", "--optimizer", name, "--epochs", "2", "--test-size", "20",
                    "--final-only", "--lr", "0.01");
            assertEquals(0, o.code(), name + ": " + o.err());
        }
    }
}
