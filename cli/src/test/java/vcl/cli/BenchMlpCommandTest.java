package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchMlpCommandTest {

    @Test
    void missingBaselineScriptIsBadInputNamingWhereItIsExpected() {
        SimulateCommandTest.Outcome o = SimulateCommandTest.vcl("bench", "mlp", "--baseline", "no/such/mlp_numpy.py");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--baseline") && o.err().contains("mlp_numpy.py"), o.err());
    }

    @Test
    void epochsMustBePositive() {
        SimulateCommandTest.Outcome o = SimulateCommandTest.vcl("bench", "mlp", "--epochs", "0");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--epochs"), o.err());
    }
}
