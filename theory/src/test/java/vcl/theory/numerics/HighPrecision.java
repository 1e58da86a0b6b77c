package vcl.theory.numerics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Independent high-precision reference values for the Gaussian tail, by power series in
 * BigDecimal at 760 significant digits (the erf series cancels ~2x²/ln 10 ≈ 650 digits at
 * x = t/√2 = 28.3, t = 40), everything rounded to double only at the end:
 * {@code erf(x) = 2/√π Σ (−1)^n x^{2n+1}/(n!(2n+1))}, {@code e^{x²} = Σ x^{2k}/k!},
 * {@code H(t) = ½(1 − erf(t/√2))} for t ≥ 0, {@code G(t) = 1/(√(2π) e^{t²/2})}. Slow (about a
 * minute for the test grid): {@link ReferenceValuesGenerator} evaluates it once into a test resource.
 */
final class HighPrecision {

    private static final MathContext MC = new MathContext(760, RoundingMode.HALF_EVEN);
    private static final BigDecimal EPS = BigDecimal.ONE.movePointLeft(740);
    private static final BigDecimal PI = pi();
    private static final BigDecimal SQRT_PI = PI.sqrt(MC);
    private static final BigDecimal SQRT_2PI = PI.multiply(BigDecimal.valueOf(2), MC).sqrt(MC);
    private static final BigDecimal SQRT2 = BigDecimal.valueOf(2).sqrt(MC);

    private HighPrecision() {
    }

    /** H(t) for t ≥ 0 (underflows to 0 beyond t ≈ 38.5). */
    static double tail(double t) {
        return tailExact(t).doubleValue();
    }

    /** e^{t²/2} H(t) for t ≥ 0, i.e. ½ erfcx(t/√2). */
    static double scaledTail(double t) {
        return tailExact(t).multiply(expHalfSquare(t), MC).doubleValue();
    }

    /** The standard normal density G(t). */
    static double density(double t) {
        return BigDecimal.ONE.divide(SQRT_2PI.multiply(expHalfSquare(t), MC), MC).doubleValue();
    }

    private static BigDecimal tailExact(double td) {
        BigDecimal x = new BigDecimal(td).divide(SQRT2, MC);
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal term = x;
        BigDecimal sum = BigDecimal.ZERO;
        for (int n = 0; ; n++) {
            BigDecimal t = term.divide(BigDecimal.valueOf(2L * n + 1), MC);
            sum = n % 2 == 0 ? sum.add(t, MC) : sum.subtract(t, MC);
            if (n > x2.doubleValue() && t.abs().compareTo(EPS) < 0) {
                break;
            }
            term = term.multiply(x2, MC).divide(BigDecimal.valueOf(n + 1L), MC);
        }
        BigDecimal erf = sum.multiply(BigDecimal.valueOf(2), MC).divide(SQRT_PI, MC);
        return BigDecimal.ONE.subtract(erf, MC).divide(BigDecimal.valueOf(2), MC);
    }

    private static BigDecimal expHalfSquare(double td) {
        BigDecimal y = new BigDecimal(td).pow(2, MC).divide(BigDecimal.valueOf(2), MC);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal t = BigDecimal.ONE;
        for (int k = 1; ; k++) {
            t = t.multiply(y, MC).divide(BigDecimal.valueOf(k), MC);
            sum = sum.add(t, MC);
            if (k > y.doubleValue() && t.compareTo(EPS) < 0) {
                return sum;
            }
        }
    }

    private static BigDecimal pi() {
        // Machin: π = 16 atan(1/5) − 4 atan(1/239)
        return atanInv(5).multiply(BigDecimal.valueOf(16)).subtract(atanInv(239).multiply(BigDecimal.valueOf(4)), MC);
    }

    private static BigDecimal atanInv(int k) {
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(k), MC);
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal term = x;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(770);
        for (int n = 0; term.compareTo(eps) > 0; n++) {
            BigDecimal t = term.divide(BigDecimal.valueOf(2L * n + 1), MC);
            sum = n % 2 == 0 ? sum.add(t, MC) : sum.subtract(t, MC);
            term = term.multiply(x2, MC);
        }
        return sum;
    }
}
