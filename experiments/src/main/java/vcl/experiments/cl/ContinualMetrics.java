package vcl.experiments.cl;

/**
 * The summary numbers of one continual-learning run, from its accuracy matrix R (R[i][j]: accuracy
 * on task j after the last epoch of task i) and the accuracies b at initialisation, tasks counted
 * 1..T in the formulas:
 * <ul>
 * <li>ACC = mean over j of R[T][j], the final accuracy averaged over all tasks;</li>
 * <li>BWT = mean over i &lt; T of (R[T][i] − R[i][i]), backward transfer (negative: forgetting);</li>
 * <li>FWT = mean over i ≥ 2 of (R[i−1][i] − b_i), forward transfer to a task not yet trained.</li>
 * </ul>
 * BWT and FWT are NaN (null in JSON) for a single task.
 *
 * @param acc average final accuracy
 * @param bwt backward transfer
 * @param fwt forward transfer
 */
public record ContinualMetrics(double acc, double bwt, double fwt) {

    /**
     * The metrics of a square matrix.
     *
     * @param r       T×T accuracies, {@code r[i][j]} on task j+1 after task i+1 (0-based arrays)
     * @param initial T accuracies at initialisation, {@code initial[j]} on task j+1
     */
    public static ContinualMetrics of(double[][] r, double[] initial) {
        int t = r.length;
        if (t == 0 || initial.length != t) {
            throw new IllegalArgumentException("need a T×T matrix and T initial accuracies, got " + t + " rows and "
                    + initial.length + " initial values");
        }
        for (double[] row : r) {
            if (row.length != t) {
                throw new IllegalArgumentException("accuracy matrix is not square: a row of " + row.length
                        + " for " + t + " tasks");
            }
        }
        double acc = 0;
        for (int j = 0; j < t; j++) {
            acc += r[t - 1][j];
        }
        acc /= t;
        double bwt = 0;
        double fwt = 0;
        for (int i = 0; i < t - 1; i++) {
            bwt += r[t - 1][i] - r[i][i];
            fwt += r[i][i + 1] - initial[i + 1];
        }
        return t == 1 ? new ContinualMetrics(acc, Double.NaN, Double.NaN)
                : new ContinualMetrics(acc, bwt / (t - 1), fwt / (t - 1));
    }

    /**
     * Mean and standard deviation (n − 1 in the denominator) of one number over seeds; the
     * deviation is NaN (null in JSON) for a single seed, both are NaN for none.
     *
     * @param mean the mean
     * @param std  the sample standard deviation
     * @param n    the number of values
     */
    public record Spread(double mean, double std, int n) {

        /** The spread of {@code values}. */
        public static Spread of(double[] values) {
            int n = values.length;
            if (n == 0) {
                return new Spread(Double.NaN, Double.NaN, 0);
            }
            double mean = 0;
            for (double v : values) {
                mean += v;
            }
            mean /= n;
            if (n == 1) {
                return new Spread(mean, Double.NaN, 1);
            }
            double ss = 0;
            for (double v : values) {
                ss += (v - mean) * (v - mean);
            }
            return new Spread(mean, Math.sqrt(ss / (n - 1)), n);
        }
    }
}
