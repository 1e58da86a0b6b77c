package vcl.sim.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import vcl.sim.spec.OutOfRangeException;

/** Every registered optimizer is built from its name and descends a quadratic. */
class OptimizerKindTest {

    /** f(h) = ½ Σ (h_i − c_i)², gradient h − c. */
    private static final double[] CENTRE = {1, -2, 0.5};

    private static double value(double[] h) {
        double f = 0;
        for (int i = 0; i < h.length; i++) {
            f += 0.5 * (h[i] - CENTRE[i]) * (h[i] - CENTRE[i]);
        }
        return f;
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void everyRegisteredOptimizerIsBuiltFromItsNameAndLowersAQuadratic(OptimizerKind kind) {
        for (double momentum : new double[] {0, 0.9}) {
            OptimizerSpec spec = OptimizerKind.of(kind.cliName())
                    .spec(new OptimizerOptions(0.05, momentum, WeightDecay.NONE));
            Optimizer o = spec.create(CENTRE.length);
            double[] h = {0, 0, 0};
            double before = value(h);
            for (int step = 0; step < 5; step++) {
                double[] g = new double[h.length];
                for (int i = 0; i < h.length; i++) {
                    g[i] = h[i] - CENTRE[i];
                }
                o.step(h, g);
            }
            assertTrue(value(h) < before, kind + ": " + value(h) + " >= " + before);
            assertFalse(spec.label().isBlank());
            assertEquals(0.05, spec.parameters().get("lr"));
            assertEquals(kind.cliName(), spec.parameters().get("optimizer"));
        }
    }

    @Test
    void namesComeFromTheRegistryAndBadValuesNameTheirOption() {
        assertEquals(List.of("sgd", "adam"), OptimizerKind.names());
        assertEquals(OptimizerKind.ADAM, OptimizerKind.of("Adam"));
        OutOfRangeException e = assertThrows(OutOfRangeException.class, () -> OptimizerKind.of("rmsprop"));
        assertEquals("optimizer must be one of sgd, adam, got 'rmsprop'", e.getMessage());
        e = assertThrows(OutOfRangeException.class, () -> new OptimizerOptions(-1, 0.9, WeightDecay.NONE));
        assertEquals("lr must be a finite number > 0, got -1", e.getMessage());
        e = assertThrows(OutOfRangeException.class, () -> new OptimizerOptions(0.1, 2, WeightDecay.NONE));
        assertEquals("momentum must be in [0, 1), got 2", e.getMessage());
        assertEquals("momentum", e.parameter());
    }

    @Test
    void labelsSayWhatTheOptimizerIs() {
        assertEquals("SGD momentum 0.9 lr 0.001", OptimizerSpec.momentum(1e-3, 0.9).label());
        assertEquals("SGD lr 0.01", OptimizerSpec.momentum(0.01, 0).label());
        assertEquals("Adam (0.9, 0.999) lr 0.02, decoupled weight decay 0.001",
                OptimizerSpec.adam(0.02, new WeightDecay(1e-3, true)).label());
    }
}
