package vcl.sim.run;

/**
 * Observables of the binary student {@code w = sign(h)} (sign(0) = +1) after an epoch.
 *
 * @param phase        1 during task 1, 2 during task 2
 * @param epoch        epochs completed in this phase (0 = before training)
 * @param p1           overlap {@code w·w1* / N} with the first teacher
 * @param p2           overlap with the second teacher (NaN in task-1 runs)
 * @param testError1   error on the first teacher's test set
 * @param testError2   error on the second teacher's test set (NaN in task-1 runs)
 * @param selfOverlap  q* = Σ m_i²/N
 * @param meanVariance Σ σ_i/N
 * @param loss         training objective of the current phase per example: (data loss + prior terms)/P
 */
public record EpochRecord(int phase, int epoch, double p1, double p2, double testError1, double testError2,
                          double selfOverlap, double meanVariance, double loss) {

    public EpochRecord {
        if (phase != 1 && phase != 2) {
            throw new IllegalArgumentException("phase must be 1 or 2, got " + phase);
        }
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must be >= 0, got " + epoch);
        }
    }

    /** {@code ε_g = arccos(p)/π} for an overlap p (clipped to [-1, 1]; NaN stays NaN). */
    public static double generalizationError(double p) {
        return Math.acos(Math.max(-1, Math.min(1, p))) / Math.PI;
    }

    /** ε_g on the first teacher. */
    public double epsG1() {
        return generalizationError(p1);
    }

    /** ε_g on the second teacher. */
    public double epsG2() {
        return Double.isNaN(p2) ? Double.NaN : generalizationError(p2);
    }

    /** Test error on the teacher of the current phase. */
    public double currentTestError() {
        return phase == 1 ? testError1 : testError2;
    }
}
