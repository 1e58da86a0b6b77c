package vcl.experiments.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OverlapTest {

    @Test
    void anOvershootOfOneIsPrintedAsOneAndNaNStaysNaN() {
        assertEquals(1.0, Overlap.clipped(Math.nextUp(1.0)));
        assertEquals(-1.0, Overlap.clipped(-1.0 - 1e-12));
        assertEquals(0.25, Overlap.clipped(0.25));
        assertTrue(Double.isNaN(Overlap.clipped(Double.NaN)));
    }
}
