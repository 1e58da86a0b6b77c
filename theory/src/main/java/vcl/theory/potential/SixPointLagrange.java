package vcl.theory.potential;

/**
 * Six-point Lagrange interpolation on an equally spaced table of function vectors (error of order
 * spacing⁶ times the sixth derivative): what the tabulated averages of the constrained replica
 * ({@link ChannelTable}, {@link SiteTable}) share.
 */
final class SixPointLagrange {

    private static final double[] DENOMINATORS = {-120, 24, -12, 12, -24, 120};

    private SixPointLagrange() {
    }

    /**
     * Interpolates the first {@code functions} entries of the rows at table position t (in units of
     * the spacing from row 0) into out. Returns false, and leaves out untouched, where t lacks two rows
     * on its left or three on its right (the range is tested on t itself, so a huge t cannot wrap an
     * integer index; NaN is outside too).
     */
    static boolean interpolate(double[][] values, double t, int functions, double[] out) {
        if (!(t >= 2 && t < values.length - 3)) {
            return false;
        }
        int k0 = (int) Math.floor(t) - 2;
        double x = t - k0;
        double x1 = x - 1;
        double x2 = x - 2;
        double x3 = x - 3;
        double x4 = x - 4;
        double x5 = x - 5;
        double l0 = x1 * x2 * x3 * x4 * x5 / DENOMINATORS[0];
        double l1 = x * x2 * x3 * x4 * x5 / DENOMINATORS[1];
        double l2 = x * x1 * x3 * x4 * x5 / DENOMINATORS[2];
        double l3 = x * x1 * x2 * x4 * x5 / DENOMINATORS[3];
        double l4 = x * x1 * x2 * x3 * x5 / DENOMINATORS[4];
        double l5 = x * x1 * x2 * x3 * x4 / DENOMINATORS[5];
        double[] v0 = values[k0];
        double[] v1 = values[k0 + 1];
        double[] v2 = values[k0 + 2];
        double[] v3 = values[k0 + 3];
        double[] v4 = values[k0 + 4];
        double[] v5 = values[k0 + 5];
        for (int f = 0; f < functions; f++) {
            out[f] = l0 * v0[f] + l1 * v1[f] + l2 * v2[f] + l3 * v3[f] + l4 * v4[f] + l5 * v5[f];
        }
        return true;
    }
}
