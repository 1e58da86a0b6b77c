package vcl.experiments.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The simulate grids check each value once, naming the option. */
class SimulateSpecTest {

    private static String message(Runnable build) {
        return assertThrows(UserInputException.class, build::run).getMessage();
    }

    @Test
    void task1GridParsesAndChecksTheLoadsAndSeeds() {
        assertArrayEquals(new double[] {0.5, 1, 1.5}, Task1SimulateSpec.of("0.5:1.5:0.5", 2).alpha());
        assertEquals("--alpha must be a finite number > 0, got 0", message(() -> Task1SimulateSpec.of("1,0", 1)));
        assertEquals("--seeds must be >= 1, got 0", message(() -> Task1SimulateSpec.of("1", 0)));
    }

    @Test
    void task2GridChecksEveryParameter() {
        Task2SimulateSpec ok = Task2SimulateSpec.of(1, "0.5,1", "-1,0,1", 0, 3);
        assertArrayEquals(new double[] {-1, 0, 1}, ok.r0());
        assertEquals("--alpha1 must be a finite number > 0, got -1",
                message(() -> Task2SimulateSpec.of(-1, "1", "0", 1, 1)));
        assertEquals("--alpha2 must be a finite number > 0, got 0", message(() -> Task2SimulateSpec.of(1, "0", "0", 1, 1)));
        assertEquals("--r0 must lie in [-1, 1], got 1.5", message(() -> Task2SimulateSpec.of(1, "1", "0,1.5", 1, 1)));
        assertEquals("--gamma must be a finite number >= 0, got -1", message(() -> Task2SimulateSpec.of(1, "1", "0", -1, 1)));
        assertEquals("--seeds must be >= 1, got 0", message(() -> Task2SimulateSpec.of(1, "1", "0", 1, 0)));
    }
}
