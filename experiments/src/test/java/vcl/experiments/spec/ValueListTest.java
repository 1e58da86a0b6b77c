package vcl.experiments.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValueListTest {

    @Test
    void valuesAndInclusiveRanges() {
        assertArrayEquals(new double[] {0.1, 0.2, 0.3, 2.5}, ValueList.parse("--alpha", "0.1:0.3:0.1,2.5"));
        assertArrayEquals(new double[] {0.5, 1.0, 1.5, 2.0}, ValueList.parse("--alpha", "0.5:2.0:0.5"));
        assertArrayEquals(new double[] {2, 1.5, 1}, ValueList.parse("--alpha", "2:1:-0.5"));
        assertArrayEquals(new double[] {-0.5, 0, 0.5}, ValueList.parse("--r0", "-0.5,0,0.5"));
        assertArrayEquals(new double[] {1e-3}, ValueList.parse("--x", "1e-3"));
    }

    @Test
    void rangeExpansionIsExactInDecimal() {
        double[] v = ValueList.parse("--alpha", "0.01:2.00:0.01");
        assertTrue(v.length == 200);
        assertTrue(v[199] == 2.0 && v[29] == 0.3);
    }

    @Test
    void malformedListsNameTheParameter() {
        for (String bad : new String[] {"", "1,,2", "abc", "1:2", "1:2:0", "2:1:0.5", "1:2:3:4"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ValueList.parse("--alpha", bad));
            assertTrue(e.getMessage().startsWith("--alpha"), e.getMessage());
        }
    }
}
