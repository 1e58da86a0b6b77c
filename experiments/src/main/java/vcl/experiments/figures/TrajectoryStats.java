package vcl.experiments.figures;

import java.util.List;
import java.util.function.ToDoubleFunction;
import vcl.sim.run.EpochRecord;

/**
 * An observable along recorded trajectories of several seeds: at each recorded epoch (shifted by
 * {@code offset}), the mean, minimum and maximum over seeds. All trajectories must share their
 * recorded epochs.
 */
record TrajectoryStats(double[] epoch, double[] mean, double[] min, double[] max) {

    static TrajectoryStats of(List<List<EpochRecord>> runs, ToDoubleFunction<EpochRecord> value, double offset) {
        List<EpochRecord> first = runs.get(0);
        int points = first.size();
        double[] epoch = new double[points];
        double[] mean = new double[points];
        double[] lo = new double[points];
        double[] hi = new double[points];
        for (int t = 0; t < points; t++) {
            int tt = t;
            if (runs.stream().anyMatch(r -> r.size() != points || r.get(tt).epoch() != first.get(tt).epoch())) {
                throw new IllegalArgumentException("trajectories do not share their recorded epochs");
            }
            Stats s = Stats.of(runs.stream().mapToDouble(r -> value.applyAsDouble(r.get(tt))).toArray());
            epoch[t] = offset + first.get(t).epoch();
            mean[t] = s.mean();
            lo[t] = s.min();
            hi[t] = s.max();
        }
        return new TrajectoryStats(epoch, mean, lo, hi);
    }

    /** The last mean value. */
    double lastMean() {
        return mean[mean.length - 1];
    }

    /** A parameter value for labels: integers without a decimal point, a true minus sign. */
    static String format(double v) {
        String s = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        return s.replace('-', '−');
    }
}
