package vcl.theory.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link LogCosh} against independent forms: its Maclaurin series at small u,
 * {@code log1p(2 sinh²(u/2))} (no cancellation) at moderate u, and {@code |u| − log 2} where cosh
 * overflows. Budget: 2e-16 absolute (the {@code − log 2} of the formula cancels the leading digits at
 * small u) plus 4e-16 relative.
 */
class LogCoshTest {

    @Test
    void smallArgumentsMatchTheSeries() {
        for (double u = -0.05; u <= 0.05; u += 1.0 / 2048) {
            double u2 = u * u;
            double series = u2 * (0.5 - u2 * (1.0 / 12 - u2 * (1.0 / 45 - u2 * (17.0 / 2520 - u2 * 31.0 / 14175))));
            assertEquals(series, LogCosh.value(u), 2e-16, "u = " + u);
        }
    }

    @Test
    void moderateArgumentsMatchTheDirectForm() {
        for (double u = 0.05; u <= 20; u += 0.037) {
            double sinh = Math.sinh(0.5 * u);
            double direct = Math.log1p(2 * sinh * sinh);
            assertEquals(direct, LogCosh.value(u), 2e-16 + 4e-16 * direct, "u = " + u);
            assertEquals(LogCosh.value(u), LogCosh.value(-u), 0, "even at u = " + u);
        }
    }

    @Test
    void largeArgumentsNeitherOverflowNorLoseTheOffset() {
        for (double u : new double[] {25, 100, 709, 711, 800, 1e6}) {
            assertEquals(u - Math.log(2), LogCosh.value(u), Math.ulp(u), "u = " + u);
            assertEquals(u - Math.log(2), LogCosh.value(-u), Math.ulp(u), "u = " + -u);
        }
        assertEquals(0.0, LogCosh.value(0), 0);
    }
}
