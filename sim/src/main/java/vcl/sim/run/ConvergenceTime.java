package vcl.sim.run;

import java.util.List;
import java.util.OptionalInt;

/**
 * The convergence time of figure 2c: the first time t ≥ W at which the standard deviation of ε
 * over the window [t − W, t) is below a threshold (the paper: W = 1000 steps, threshold 5·10⁻⁴).
 * The standard deviation is the population one, {@code √(Σ(ε−ε̄)²/W)}.
 */
public final class ConvergenceTime {

    /** Window of figure 2c, in steps. */
    public static final int FIGURE_2C_WINDOW = 1000;
    /** Threshold of figure 2c. */
    public static final double FIGURE_2C_THRESHOLD = 5e-4;

    private ConvergenceTime() {
    }

    /**
     * @param eps       ε(t) for t = 0, 1, 2, … (one entry per step or epoch)
     * @param window    W ≥ 2
     * @param threshold the standard-deviation threshold, > 0
     * @return the first t in [W, eps.length] whose window [t − W, t) has std below the threshold, or empty
     */
    public static OptionalInt of(double[] eps, int window, double threshold) {
        if (window < 2) {
            throw new IllegalArgumentException("window must be >= 2, got " + window);
        }
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("threshold must be > 0, got " + threshold);
        }
        for (int t = window; t <= eps.length; t++) {
            double mean = 0;
            for (int s = t - window; s < t; s++) {
                mean += eps[s];
            }
            mean /= window;
            double var = 0;
            for (int s = t - window; s < t; s++) {
                double d = eps[s] - mean;
                var += d * d;
            }
            if (Math.sqrt(var / window) < threshold) {
                return OptionalInt.of(t);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * T_c of a recorded trajectory, in epochs, from ε_g on the first teacher. The trajectory must
     * be recorded at every epoch (record-every 1) and start at epoch 0.
     */
    public static OptionalInt of(List<EpochRecord> trajectory, int window, double threshold) {
        double[] eps = new double[trajectory.size()];
        for (int i = 0; i < eps.length; i++) {
            EpochRecord r = trajectory.get(i);
            if (r.epoch() != i) {
                throw new IllegalArgumentException("T_c needs a trajectory recorded at every epoch from 0; entry "
                        + i + " is epoch " + r.epoch());
            }
            eps[i] = r.epsG1();
        }
        return of(eps, window, threshold);
    }
}
