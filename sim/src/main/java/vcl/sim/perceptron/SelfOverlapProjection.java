package vcl.sim.perceptron;

/**
 * Holds the self overlap {@code q* = Σ_i tanh²(β_f h_i)/N} at a prescribed value by rescaling all
 * fields by one positive factor c (signs, hence the binary student, are unchanged). c solves
 * {@code Σ_i tanh²(β_f c h_i)/N = q*}, increasing in c, by safeguarded Newton iteration.
 * Targets are clipped to [1e-12, 1 − 1e-9] and to what the fields can reach (zero fields stay zero).
 */
public final class SelfOverlapProjection {

    private SelfOverlapProjection() {
    }

    /** Rescales the state's fields so that its self overlap equals {@code target}, then refreshes it. */
    public static void project(FieldState state, double target) {
        double[] h = state.fields();
        int n = h.length;
        int nonZero = 0;
        for (double x : h) {
            if (x != 0) {
                nonZero++;
            }
        }
        if (nonZero == 0) {
            return;
        }
        double goal = Math.min(Math.max(target, 1e-12), (1 - 1e-9) * nonZero / n);
        double beta = state.betaField();
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        double c = 1;
        for (int iter = 0; iter < 200; iter++) {
            double f = 0;
            double df = 0;
            for (double x : h) {
                double m = Math.tanh(beta * c * x);
                f += m * m;
                df += 2 * m * (1 - m * m) * beta * x;
            }
            f = f / n - goal;
            df /= n;
            if (f > 0) {
                hi = c;
            } else {
                lo = c;
            }
            if (Math.abs(f) < 1e-13) {
                break;
            }
            double next = df > 0 ? c - f / df : Double.NaN;
            if (!(next > lo && next < hi)) {
                next = Double.isInfinite(hi) ? 2 * c : 0.5 * (lo + hi);
            }
            if (next == c) {
                break;
            }
            c = next;
        }
        for (int i = 0; i < n; i++) {
            h[i] *= c;
        }
        state.refresh();
    }
}
