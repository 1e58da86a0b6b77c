package vcl.sim.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vcl.sim.spec.OutOfRangeException;

/** P = round(αN), and a load that gives no usable number of examples is a range error naming the load. */
class LoadCountTest {

    @Test
    void countIsTheRoundedLoadTimesN() {
        assertEquals(1500, Patterns.countForLoad(1.5, 1000));
        assertEquals(1, Patterns.countForLoad(0.05, 10));
        assertEquals(3, Patterns.countForLoad("alpha2", 0.3, 10));
    }

    @Test
    void noUsableCountNamesTheLoad() {
        OutOfRangeException few = assertThrows(OutOfRangeException.class, () -> Patterns.countForLoad("alpha2", 0.01, 10));
        assertEquals("alpha2 must be a load giving between 1 and 2147483647 examples at N = 10 (round(alpha2 N)), got 0.01",
                few.getMessage());
        OutOfRangeException many = assertThrows(OutOfRangeException.class, () -> Patterns.countForLoad(1e9, 100));
        assertEquals("alpha", many.parameter());
        assertThrows(OutOfRangeException.class, () -> Patterns.countForLoad(-1, 100));
    }
}
