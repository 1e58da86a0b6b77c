package vcl.theory.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The formulas the replica core keeps in one place: ε(p), the interior of the domain, stable branches. */
class ReplicaCoreTest {

    @Test
    void generalizationErrorIsArccosOverPiWithPClipped() {
        assertEquals(0.0, GeneralizationError.value(1), 0);
        assertEquals(0.5, GeneralizationError.value(0), 0);
        assertEquals(1.0, GeneralizationError.value(-1), 0);
        assertEquals(1.0 / 3, GeneralizationError.value(0.5), 1e-15);
        // a quadrature overshooting ±1 by rounding is clipped, not NaN
        assertEquals(0.0, GeneralizationError.value(1 + 1e-15), 0);
        assertEquals(1.0, GeneralizationError.value(-1 - 1e-15), 0);
    }

    @Test
    void interiorIsTheOpenPhysicalDomain() {
        assertTrue(OrderParameters.interior(0.5, 0.6, 0.7));
        assertTrue(OrderParameters.interior(0.5, -0.6, 0.7));
        assertFalse(OrderParameters.interior(0, 0, 0.5), "q = 0");
        assertFalse(OrderParameters.interior(0.25, 0.5, 0.7), "r^2 = q");
        assertFalse(OrderParameters.interior(0.5, 0.1, 0.5), "q = q*");
        assertFalse(OrderParameters.interior(0.5, 0.1, 1), "q* = 1");
        assertFalse(OrderParameters.interior(Double.NaN, 0.1, 0.7));
        assertFalse(OrderParameters.interior(0.5, Double.POSITIVE_INFINITY, 0.7));
        assertTrue(new OrderParameters(0.5, 0.6, 0.7).isInterior());
        // admissible (the record accepts it) but on the boundary
        assertFalse(new OrderParameters(0.5, 0.1, 0.5).isInterior());
    }

    @Test
    void stableBranchesAreTheUniqueAndTheWinningOnes() {
        assertEquals(EnumSet.of(Branch.UNIQUE, Branch.POOR_STABLE, Branch.GOOD_STABLE),
                EnumSet.copyOf(java.util.Arrays.stream(Branch.values()).filter(Branch::stable).toList()));
        assertEquals("poor-metastable", Branch.POOR_METASTABLE.label());
    }
}
