package vcl.experiments.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Point-by-point agreement: mean, maximum, and flags with reasons beyond the tolerance. */
class AgreementTest {

    private static final Agreement CASE = new Agreement("eps", List.of(
            new Agreement.Point("", 1.0, 0.30, 0.29),
            new Agreement.Point("", 1.4, 0.18, 0.24, "the runs land between the branches"),
            new Agreement.Point("eps", 1.6, 0.12, 0.23)));

    @Test
    void meanAndMaximumOfTheDifferences() {
        assertEquals((0.01 + 0.06 + 0.11) / 3, CASE.mean(), 1e-12);
        assertEquals(0.11, CASE.max(), 1e-12);
    }

    @Test
    void pointsBeyondTheToleranceAreFlaggedWithTheirReason() {
        assertEquals(List.of(1.4, 1.6), CASE.beyond().stream().map(Agreement.Point::x).toList());
        List<String> warnings = CASE.withReason("quick preset: few epochs").warnings("2b");
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("x = 1.4") && warnings.get(0).contains("between the branches"),
                warnings.get(0));
        assertTrue(warnings.get(2).contains("quick preset"), warnings.get(2));
        assertTrue(CASE.caption("α", "").contains("> 0.03 at α = 1.4, 1.6"), CASE.caption("α", ""));
    }

    @Test
    void theJsonRecordHoldsEveryPointAndTheFlags() {
        Map<String, Object> json = CASE.toJson();
        assertEquals(0.11, (double) json.get("max_abs_difference"), 1e-12);
        assertEquals(2, json.get("points_beyond_tolerance"));
        List<?> points = (List<?>) json.get("points");
        assertEquals(3, points.size());
        assertEquals(false, ((Map<?, ?>) points.get(0)).get("beyond_tolerance"));
        assertEquals(true, ((Map<?, ?>) points.get(1)).get("beyond_tolerance"));
        assertEquals("the runs land between the branches", ((Map<?, ?>) points.get(1)).get("reason"));
    }

    @Test
    void agreementWithinTheToleranceRaisesNoWarning() {
        Agreement fine = new Agreement("eps", List.of(new Agreement.Point("eps", 1, 0.30, 0.31)));
        assertTrue(fine.warnings("1a").isEmpty());
        assertTrue(fine.caption("α", "").endsWith("all within 0.03"), fine.caption("α", ""));
        assertThrows(IllegalArgumentException.class, () -> new Agreement("eps", 0, List.of(), List.of()));
    }
}
