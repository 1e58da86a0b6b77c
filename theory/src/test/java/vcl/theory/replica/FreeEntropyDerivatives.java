package vcl.theory.replica;


/**
 * Numerical derivatives of the variational free entropy Φ(q, r, q*, q̂, r̂, q̂*) for stationarity
 * tests: fourth-order central differences (Φ varies on the scale q* − q, so an h² rule is not
 * accurate enough near the good branch).
 */
public final class FreeEntropyDerivatives {

    private FreeEntropyDerivatives() {
    }

    /** Φ at x = (q, r, q*, q̂, r̂, q̂*). */
    public static double phi(ReplicaModel m, double[] x) {
        return m.freeEntropy(new OrderParameters(x[0], x[1], x[2]), new Conjugates(x[3], x[4], x[5]));
    }

    /** ∂Φ/∂x_k by (f(−2h) − 8 f(−h) + 8 f(h) − f(2h))/(12 h). */
    public static double derivative(ReplicaModel m, double[] x, int k, double h) {
        double[] v = new double[4];
        int[] off = {-2, -1, 1, 2};
        for (int j = 0; j < 4; j++) {
            double[] y = x.clone();
            y[k] += off[j] * h;
            v[j] = phi(m, y);
        }
        return (v[0] - 8 * v[1] + 8 * v[2] - v[3]) / (12 * h);
    }
}
