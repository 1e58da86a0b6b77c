package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Issue 13 item 6: sizes that cannot fit are exit 2 naming the option and its range, before any allocation. */
class SizeLimitsTest {

    private static void refused(String option, String range, String... args) {
        CliRunner.Result r = CliRunner.run(args);
        assertEquals(2, r.exitCode(), r.err());
        String line = r.err().lines().findFirst().orElse("");
        assertTrue(line.startsWith("vcl: error: ") && line.contains(option) && line.contains(range), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertFalse(r.err().contains("1/"), "nothing computed: " + r.err());
    }

    @Test
    void aHugeTestSetIsRefusedWithItsLimit() {
        refused("--test-size", "must be in [1, ", "simulate", "task1", "--n", "50", "--alpha", "1", "--seeds", "1",
                "--epochs", "1", "--test-size", "2000000000");
    }

    @Test
    void aHugeNIsRefusedWithItsLimit() {
        refused("--n", "must be in [1, ", "simulate", "task1", "--n", "100000000", "--alpha", "0.00001",
                "--seeds", "1", "--epochs", "1");
        refused("--n", "must be in [1, ", "simulate", "task2", "--n", "100000000", "--alpha1", "0.00001",
                "--alpha2", "0.00001", "--r0", "0", "--gamma", "1", "--seeds", "1", "--epochs", "1");
    }

    @Test
    void tooManySeedsAreRefused() {
        refused("--seeds", "in [1, 1000000]", "simulate", "task1", "--n", "50", "--alpha", "1", "--seeds",
                "2147483647", "--epochs", "1");
    }

    @Test
    void aListOfTwentyMillionPointRangesIsRefused() {
        String list = IntStream.rangeClosed(1, 20).mapToObj(i -> i + ":" + (i + 1) + ":0.000001")
                .collect(Collectors.joining(","));
        refused("--alpha", "at most 1000001 values", "solve", "task1", "--beta", "1", "--alpha", list);
    }

    @Test
    void typeErrorsNameTheOptionAndWhatItAccepts() {
        refused("--beta", "in (0, 1000]", "solve", "task1", "--alpha", "1", "--beta", "abc");
        refused("--n", "(>= 1)", "simulate", "task1", "--n", "abc", "--alpha", "1", "--seeds", "1");
        refused("--format", "csv, json, table", "solve", "task1", "--alpha", "1", "--format", "xml");
    }

    @Test
    void theLimitsFollowTheHeap() {
        long heap = 1L << 30;
        assertEquals(heap / 4 / 9, vcl.experiments.spec.SimulationLimits.maxExamples(50, heap));
        assertEquals(Integer.MAX_VALUE / 2, vcl.experiments.spec.SimulationLimits.maxExamples(128, 1L << 40));
    }
}
