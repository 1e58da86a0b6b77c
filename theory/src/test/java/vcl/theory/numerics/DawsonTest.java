package vcl.theory.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DawsonTest {
    /**
     * Maclaurin series {@code D(x) = sum (-2x^2)^n x / (2n+1)!!} in BigDecimal with enough digits to
     * absorb its cancellation (terms up to ~exp(x^2)): an evaluation independent of the tabulated
     * Taylor centres and of the asymptotic series used by {@link Dawson}.
     */
    static double reference(double xd) {
        final MathContext mc = new MathContext((int) (xd * xd / 2.3) + 40);
        final BigDecimal x = new BigDecimal(xd);
        final BigDecimal y = x.multiply(x, mc).multiply(BigDecimal.valueOf(-2), mc);
        BigDecimal term = x;
        BigDecimal sum = x;
        final BigDecimal tiny = BigDecimal.ONE.movePointLeft(40);
        for (int n = 0; ; n++) {
            term = term.multiply(y, mc).divide(BigDecimal.valueOf(2L * n + 3), mc);
            sum = sum.add(term, mc);
            if (n > 2 * xd * xd && term.abs().compareTo(tiny) < 0) {
                return sum.doubleValue();
            }
        }
    }

    // Budget: tabulated centres rounded to 0.5 ulp, Taylor/asymptotic summation a few ulp:
    // 1e-15 relative (measured worst 6.7e-16 over 4000 points against 40-digit values).
    private static final double TOL = 1e-15;

    @Test
    void matchesHighPrecisionSeries() {
        final SplittableRandom rng = new SplittableRandom(11);
        for (int i = 0; i < 300; i++) {
            final double x = i < 200 ? 12 * rng.nextDouble() : Math.exp(-20 + 22.4 * rng.nextDouble());
            assertEquals(1, Dawson.value(x) / reference(x), TOL, () -> "x=" + x);
        }
    }

    @Test
    void bothSidesOfEverySwitchPoint() {
        for (double s : new double[] {Dawson.SMALL, Dawson.LARGE, 0.5, 1, 5.125, 9.875}) {
            for (double x : new double[] {Math.nextDown(s), s, Math.nextUp(s), s - 1e-9, s + 1e-9}) {
                assertEquals(1, Dawson.value(x) / reference(x), TOL, () -> "x=" + x);
            }
        }
        for (double x : new double[] {12, 15, 20, 25}) {
            assertEquals(1, Dawson.value(x) / reference(x), TOL, () -> "x=" + x);
        }
    }

    @Test
    void oddAndAsymptotic() {
        assertEquals(0, Dawson.value(0), 0);
        for (double x : new double[] {1e-300, 1e-20, 0.3, 2, 7, 40}) {
            assertEquals(-Dawson.value(x), Dawson.value(-x), 0);
        }
        // D(x) = 1/(2x) (1 + 1/(2x^2) + 3/(4x^4) + O(x^-6)), remainder below 2e-18 for x >= 1e3
        for (double x : new double[] {1e3, 1e6, 1e10, 1e100, 1e300}) {
            final double y = 1 / (x * x);
            assertEquals(1, Dawson.value(x) / (0.5 / x * (1 + 0.5 * y + 0.75 * y * y)), 4e-16, () -> "x=" + x);
        }
        assertEquals(0.5 / Double.MAX_VALUE, Dawson.value(Double.MAX_VALUE), 0);
    }
}
