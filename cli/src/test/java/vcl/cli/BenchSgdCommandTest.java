package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchSgdCommandTest {

    @Test
    void smallWorkloadReportsTimeAndFlopRate() {
        SimulateCommandTest.Outcome o = SimulateCommandTest.vcl("bench", "sgd", "--alpha", "0.5,1", "--n", "64",
                "--seeds", "2", "--epochs", "3", "--threads", "2");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("java: "), o.out());
        assertTrue(o.out().contains("GFLOP/s"), o.out());
        assertTrue(!o.out().contains("baseline:"), "no baseline unless asked for");
    }

    @Test
    void missingBaselineScriptIsBadInput() {
        SimulateCommandTest.Outcome o = SimulateCommandTest.vcl("bench", "sgd", "--seeds", "1", "--epochs", "1",
                "--baseline", "no/such/sgd_numpy.py");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--baseline"), o.err());
    }
}
