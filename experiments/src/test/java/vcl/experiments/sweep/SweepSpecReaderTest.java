package vcl.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vcl.experiments.spec.UserInputException;

class SweepSpecReaderTest {

    private static final String YAML = """
            command: solve task2
            parameters:
              alpha1: 2
              gamma: [0.5, 1]
              alpha2: "0.5:1.5:0.5"
              zip:
                r0: [0.0, 0.5]
                beta: [10, 20]
              tolerance: 1e-10
            """;

    private static final String TOML = """
            command = "solve task2"
            [parameters]
            alpha1 = 2.0
            gamma = [0.5, 1.0]
            alpha2 = [0.5, 1.0, 1.5]
            tolerance = 1e-10
            [parameters.zip]
            r0 = [0, 0.5]
            beta = [10, 20]
            """;

    @Test
    void valuesListsLISTTextAndZipsMakeTheAxesInTheOrderWritten() throws Exception {
        SweepSpec spec = SweepSpecReader.parse(YAML, SpecFormat.YAML, "t");
        assertEquals(SweptCommand.SOLVE_TASK2, spec.command());
        assertEquals(List.of("alpha1", "gamma", "alpha2", "r0", "beta", "tolerance"), spec.named());
        assertEquals(List.of(List.of(0.5), List.of(1.0), List.of(1.5)), spec.axes().get(2).values());
        assertEquals(List.of(List.of(0.0, 10.0), List.of(0.5, 20.0)), spec.axes().get(3).values());
        assertEquals(1 * 2 * 3 * 2 * 1, spec.points());
        assertTrue(spec.swept("beta"));
        assertTrue(!spec.swept("alpha1"));
    }

    @Test
    void theSameSweepInYamlAndTomlHasTheSameHashUpToTheOrderOfItsAxes() throws Exception {
        SweepSpec yaml = SweepSpecReader.parse(YAML, SpecFormat.YAML, "t");
        SweepSpec toml = SweepSpecReader.parse(TOML, SpecFormat.TOML, "t");
        assertEquals(yaml.points(), toml.points());
        // TOML puts the zip table last, so the grid order (and hash) differ: the order is part of the sweep
        assertNotEquals(yaml.hash(), toml.hash());
        String reordered = YAML.replace("  zip:\n    r0: [0.0, 0.5]\n    beta: [10, 20]\n  tolerance: 1e-10\n",
                "  tolerance: 1e-10\n  zip:\n    r0: [0, 0.5]\n    beta: [10.0, 20]\n");
        assertEquals(toml.hash(), SweepSpecReader.parse(reordered, SpecFormat.YAML, "t").hash());
        assertEquals(64, toml.hash().length());
    }

    @Test
    void badSweepFilesAreRefusedWithOneLine() {
        assertThrows(UserInputException.class, () -> SweepSpecReader.parse(
                "command: solve task1\nparameters:\n  alpha: 1\n  gama: 2\n", SpecFormat.YAML, "t"));
        assertThrows(UserInputException.class, () -> SweepSpecReader.parse(
                "command: solve task3\nparameters:\n  alpha: 1\n", SpecFormat.YAML, "t"));
        assertThrows(UserInputException.class, () -> SweepSpecReader.parse(
                "command: solve task1\nparameters:\n  beta: 20\n", SpecFormat.YAML, "t"));
        assertThrows(UserInputException.class, () -> SweepSpecReader.parse(
                "command: solve task1\nparameters:\n  zip:\n    alpha: [1, 2]\n    beta: [10, 20]\n", SpecFormat.YAML, "t"));
        assertThrows(UserInputException.class, () -> SweepSpecReader.parse(
                "command: solve task1\nparameters:\n  alpha: 1\n  zip:\n    beta: [1, 2]\n    tolerance: [1e-9]\n",
                SpecFormat.YAML, "t"));
        assertThrows(UserInputException.class, () -> SweepSpecReader.parse(
                "command: solve task1\nparameters:\n  alpha: [1, 2, 1]\n", SpecFormat.YAML, "t"));
        assertThrows(UserInputException.class, () -> SweepSpecReader.parse(
                "command: simulate task1\nparameters:\n  alpha: 1\n  n: 10.5\n  seeds: 1\n", SpecFormat.YAML, "t"));
        SweepFileException e = assertThrows(SweepFileException.class, () -> SweepSpecReader.parse(
                "command: [", SpecFormat.YAML, "s.yaml"));
        assertTrue(e.getMessage().startsWith("s.yaml: not valid YAML"), e.getMessage());
        assertThrows(SweepFileException.class, () -> SweepSpecReader.parse(
                "command: solve task1\nparameter:\n  alpha: 1\n", SpecFormat.YAML, "t"));
    }
}
