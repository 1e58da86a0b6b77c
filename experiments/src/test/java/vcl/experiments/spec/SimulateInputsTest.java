package vcl.experiments.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The q* ramp and the SGD benchmark are parsed and checked once, naming the option. */
class SimulateInputsTest {

    private static String message(Runnable build) {
        return assertThrows(UserInputException.class, build::run).getMessage();
    }

    @Test
    void theRampKeepsItsTextAndChecksItsValues() {
        QStarRamp ramp = QStarRamp.parse("0.9:0.5:10");
        assertEquals("0.9:0.5:10", ramp.text());
        assertEquals(0.7, ramp.schedule().target(5), 1e-15);
        assertNull(QStarRamp.parse(null));
        assertEquals("--qstar-ramp must be START:END:EPOCHS (got '0.5:2')", message(() -> QStarRamp.parse("0.5:2")));
        assertEquals("--qstar-ramp: '0.5:x:3' is not START:END:EPOCHS", message(() -> QStarRamp.parse("0.5:x:3")));
        assertEquals("--qstar-ramp: q* schedule values must lie in (0, 1], got 0.5 and 2.0",
                message(() -> QStarRamp.parse("0.5:2:3")));
    }

    @Test
    void theSgdBenchmarkChecksItsWorkload() {
        assertArrayEquals(new double[] {0.5, 1}, new SgdBenchSpec("0.5,1", 10, 1, 1, null, "python3").alpha());
        assertEquals("--n must be >= 1, got 0", message(() -> new SgdBenchSpec("1", 0, 1, 1, null, "python3")));
        assertEquals("--epochs must be >= 1, got 0", message(() -> new SgdBenchSpec("1", 1, 1, 0, null, "python3")));
        assertEquals("--seeds must be >= 1, got 0", message(() -> new SgdBenchSpec("1", 1, 0, 1, null, "python3")));
        assertEquals("--baseline: no such file no/such.py",
                message(() -> new SgdBenchSpec("1", 1, 1, 1, Path.of("no/such.py"), "python3")));
    }
}
