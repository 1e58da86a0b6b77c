package vcl.theory.potential;

import java.util.Arrays;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The k-point Gauss rule of a discrete probability measure (nodes x_j, weights w_j): the
 * recurrence coefficients of its orthonormal polynomials by the Stieltjes procedure (stable on a
 * discrete measure), then the eigenvalues of the Jacobi matrix as nodes and the squared first
 * components of its eigenvectors as weights (Golub-Welsch). The rule integrates polynomials of
 * degree ≤ 2k − 1 exactly against the measure, so a smooth integrand needs far fewer nodes than
 * the fine rule the measure came from. A measure with at most k nodes is returned as it is.
 */
final class GaussReduction {

    private GaussReduction() {
    }

    /** {nodes, weights} of the k-point rule; weights sum to the measure's mass. */
    static double[][] reduce(double[] x, double[] w, int k) {
        int n = x.length;
        if (n <= k) {
            return new double[][] {x.clone(), w.clone()};
        }
        double mass = 0;
        for (double v : w) {
            mass += v;
        }
        double[] a = new double[k];
        double[] b = new double[k];
        double[] prev = new double[n];
        double[] cur = new double[n];
        Arrays.fill(cur, 1 / Math.sqrt(mass));
        double bPrev = 0;
        for (int m = 0; m < k; m++) {
            double am = 0;
            for (int j = 0; j < n; j++) {
                am += w[j] * x[j] * cur[j] * cur[j];
            }
            a[m] = am;
            if (m == k - 1) {
                break;
            }
            double[] next = new double[n];
            double norm = 0;
            for (int j = 0; j < n; j++) {
                next[j] = (x[j] - am) * cur[j] - bPrev * prev[j];
                norm += w[j] * next[j] * next[j];
            }
            double bm = Math.sqrt(norm);
            for (int j = 0; j < n; j++) {
                next[j] /= bm;
            }
            b[m] = bm;
            bPrev = bm;
            prev = cur;
            cur = next;
        }
        EigenDecomposition eig = new EigenDecomposition(a, Arrays.copyOf(b, k - 1));
        double[] nodes = eig.getRealEigenvalues();
        double[] weights = new double[k];
        for (int i = 0; i < k; i++) {
            double v0 = eig.getEigenvector(i).getEntry(0);
            weights[i] = mass * v0 * v0;
        }
        return new double[][] {nodes, weights};
    }
}
