package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 7: an option that does nothing in the chosen mode is refused, and a list's order
 * and duplicates are kept, or the reordering is said.
 */
class SilentOptionsTest {

    @Test
    void entropyKWithTheFlatPriorIsRefused() {
        for (String[] args : List.of(new String[] {"solve", "task1", "--alpha", "1", "--beta", "2", "--entropy-k", "3"},
                new String[] {"solve", "phase", "--beta", "2", "--entropy-k", "3"})) {
            CliRunner.Result r = CliRunner.run(args);
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(r.err().startsWith("vcl: error: --entropy-k") && r.err().contains("--prior flat"), r.err());
        }
        CliRunner.Result ok = CliRunner.run("solve", "task1", "--alpha", "1", "--beta", "2", "--prior", "entropy",
                "--entropy-k", "3");
        assertEquals(0, ok.exitCode(), ok.err());
    }

    @Test
    void momentumWithAdamIsRefused() {
        CliRunner.Result r = CliRunner.run("simulate", "task1", "--n", "20", "--alpha", "1", "--seeds", "1",
                "--epochs", "1", "--optimizer", "adam", "--momentum", "0.5");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("vcl: error: --momentum applies to --optimizer sgd only"), r.err());
    }

    @Test
    void simulateKeepsTheOrderAndDuplicatesOfItsLoads() {
        CliRunner.Result r = CliRunner.run("simulate", "task1", "--n", "20", "--alpha", "2,1,1", "--seeds", "1",
                "--epochs", "1", "--final-only", "--test-size", "10");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of("2.0", "1.0", "1.0"), r.out().lines().skip(1).map(l -> l.split(",")[0]).toList());
    }

    @Test
    void solveSaysItSortsAndDeduplicatesItsLoads() {
        CliRunner.Result r = CliRunner.run("solve", "task1", "--alpha", "2,1,1", "--beta", "2");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of("1.0", "2.0"), r.out().lines().skip(1).map(l -> l.split(",")[0]).toList());
        assertTrue(r.err().contains("--alpha is solved in increasing order, each value once"), r.err());
        CliRunner.Result sorted = CliRunner.run("solve", "task1", "--alpha", "1,2", "--beta", "2");
        assertFalse(sorted.err().contains("note:"), sorted.err());
    }
}
