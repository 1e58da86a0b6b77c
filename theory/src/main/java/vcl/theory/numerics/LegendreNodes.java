package vcl.theory.numerics;

/**
 * Gauss-Legendre nodes and weights on [-1, 1], computed by Newton's method on the three-term
 * recurrence of the Legendre polynomials. Package-private helper for the single-site integrals.
 */
final class LegendreNodes {
    private LegendreNodes() {
    }

    /**
     * @param n number of nodes (at least 1)
     * @return {@code {nodes, weights}}, nodes in increasing order
     */
    static double[][] of(int n) {
        final double[] x = new double[n];
        final double[] w = new double[n];
        for (int i = 0; i < (n + 1) / 2; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double dp = 0;
            for (int iter = 0; iter < 100; iter++) {
                double p0 = 1;
                double p1 = z;
                for (int k = 2; k <= n; k++) {
                    final double p2 = ((2 * k - 1) * z * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                final double pn = n == 1 ? z : p1;
                final double pnm1 = n == 1 ? 1 : p0;
                dp = n * (z * pn - pnm1) / (z * z - 1);
                final double dz = pn / dp;
                z -= dz;
                if (Math.abs(dz) < 1e-17) {
                    break;
                }
            }
            x[i] = -z;
            x[n - 1 - i] = z;
            w[i] = 2 / ((1 - z * z) * dp * dp);
            w[n - 1 - i] = w[i];
        }
        if (n % 2 == 1) {
            x[n / 2] = 0;
        }
        return new double[][] {x, w};
    }
}
