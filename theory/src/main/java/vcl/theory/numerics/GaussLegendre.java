package vcl.theory.numerics;

/**
 * Gauss-Legendre rules on [−1, 1]: exact for polynomials of degree ≤ 2n−1.
 *
 * <p>Nodes are the roots of the Legendre polynomial {@code P_n}, found by Newton's method from
 * the Tricomi estimate {@code cos(π(i − ¼)/(n + ½))}; weights {@code 2/((1−x²)P_n'(x)²)}.
 * Accurate to a few ulp for n up to several hundred. The rules up to {@value #KEPT} points are
 * computed once (the graded rules ask for one at every call) and returned as they are: a
 * {@link QuadratureRule} is immutable.
 */
public final class GaussLegendre {

    /** Orders whose rules are computed once. */
    static final int KEPT = 32;

    private GaussLegendre() {
    }

    /** The n-point rule on [−1, 1]. */
    public static QuadratureRule rule(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Gauss-Legendre order must be >= 1, got " + n);
        }
        return n <= KEPT ? Kept.RULES[n] : computed(n);
    }

    /** The rules of orders 1..KEPT, computed when first asked for. */
    private static final class Kept {
        private static final QuadratureRule[] RULES = new QuadratureRule[KEPT + 1];

        static {
            for (int n = 1; n <= KEPT; n++) {
                RULES[n] = computed(n);
            }
        }
    }

    private static QuadratureRule computed(int n) {
        double[] x = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < (n + 1) / 2; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            for (int iter = 0; iter < 100; iter++) {
                double dz = legendre(n, z)[0] / derivative(n, z);
                z -= dz;
                if (Math.abs(dz) < 1e-16) {
                    break;
                }
            }
            double dp = derivative(n, z);
            x[i] = -z;
            x[n - 1 - i] = z;
            w[i] = 2 / ((1 - z * z) * dp * dp);
            w[n - 1 - i] = w[i];
        }
        if (n % 2 == 1) {
            x[n / 2] = 0;
        }
        return new QuadratureRule(x, w);
    }

    /** {P_n(z), P_{n−1}(z)} by the three-term recurrence. */
    private static double[] legendre(int n, double z) {
        double p0 = 1;
        double p1 = z;
        for (int k = 2; k <= n; k++) {
            double p2 = ((2 * k - 1) * z * p1 - (k - 1) * p0) / k;
            p0 = p1;
            p1 = p2;
        }
        return n == 1 ? new double[] {z, 1} : new double[] {p1, p0};
    }

    /** P_n'(z) = n (z P_n − P_{n−1})/(z² − 1). */
    private static double derivative(int n, double z) {
        double[] p = legendre(n, z);
        return n * (z * p[0] - p[1]) / (z * z - 1);
    }
}
