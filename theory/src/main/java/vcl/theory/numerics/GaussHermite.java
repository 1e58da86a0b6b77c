package vcl.theory.numerics;

import java.util.Arrays;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Gauss-Hermite rules for the standard Gaussian measure {@code Dz}: {@code E_z[f] ≈ Σ w_i f(z_i)},
 * exact for polynomials of degree ≤ 2n−1.
 *
 * <p>Nodes: eigenvalues of the Jacobi matrix of the probabilists' Hermite polynomials
 * (zero diagonal, off-diagonal {@code √k}), each polished by Newton's method on the orthonormal
 * recurrence {@code p_{k+1} = (z p_k − √k p_{k−1})/√(k+1)} (no overflow for large n).
 * Weights: Christoffel formula {@code w_i = 1/Σ_{k<n} p_k(z_i)²}. For sharp integrands prefer
 * {@link GradedRule}.
 */
public final class GaussHermite {

    private GaussHermite() {
    }

    /** The n-point rule for {@code E_z}, n ≥ 1. */
    public static QuadratureRule rule(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Gauss-Hermite order must be >= 1, got " + n);
        }
        double[] z = new double[n];
        if (n > 1) {
            double[] offDiagonal = new double[n - 1];
            for (int k = 1; k < n; k++) {
                offDiagonal[k - 1] = Math.sqrt(k);
            }
            z = new EigenDecomposition(new double[n], offDiagonal).getRealEigenvalues();
            Arrays.sort(z);
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = polish(n, z[i]);
        }
        for (int i = 0; i < n / 2; i++) { // exact symmetry
            double s = 0.5 * (z[n - 1 - i] - z[i]);
            z[i] = -s;
            z[n - 1 - i] = s;
        }
        if (n % 2 == 1) {
            z[n / 2] = 0;
        }
        for (int i = 0; i < n; i++) {
            double p0 = 0;
            double p1 = 1;
            double s = 1;
            for (int k = 0; k < n - 1; k++) {
                double p2 = (z[i] * p1 - Math.sqrt(k) * p0) / Math.sqrt(k + 1);
                p0 = p1;
                p1 = p2;
                s += p1 * p1;
            }
            w[i] = 1 / s;
        }
        return new QuadratureRule(z, w);
    }

    private static double polish(int n, double x) {
        for (int iter = 0; iter < 5; iter++) {
            double p0 = 0;
            double p1 = 1;
            for (int k = 0; k < n; k++) {
                double p2 = (x * p1 - Math.sqrt(k) * p0) / Math.sqrt(k + 1);
                p0 = p1;
                p1 = p2;
            }
            double dx = p1 / (Math.sqrt(n) * p0);
            x -= dx;
            if (Math.abs(dx) <= 1e-16 * Math.max(1, Math.abs(x))) {
                break;
            }
        }
        return x;
    }
}
