package vcl.theory.numerics;

/**
 * {@code log cosh u}, accurate for every finite u:
 * <pre>  log cosh u = |u| + log1p(e^{−2|u|}) − log 2,  </pre>
 * which neither overflows (cosh does beyond |u| ≈ 710) nor loses the small-u digits badly.
 */
public final class LogCosh {

    /** {@code log 2}. */
    public static final double LOG2 = Math.log(2);

    private LogCosh() {
    }

    /** {@code log cosh u}. */
    public static double value(double u) {
        double x = Math.abs(u);
        return x + Math.log1p(Math.exp(-2 * x)) - LOG2;
    }
}
