package vcl.experiments.figures;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Mean, standard deviation (over seeds, n − 1), minimum and maximum of a sample: the one home of the
 * seed statistics every figure plots.
 */
record Stats(double mean, double std, double min, double max, int n) {

    /** Means and standard deviations of several samples, e.g. one per load: what error-bar points plot. */
    record Columns(double[] mean, double[] std) {

        /** The statistics of samples 0 .. count − 1. */
        static Columns of(int count, IntFunction<Stats> sample) {
            double[] mean = new double[count];
            double[] std = new double[count];
            for (int i = 0; i < count; i++) {
                Stats s = sample.apply(i);
                mean[i] = s.mean();
                std[i] = s.std();
            }
            return new Columns(mean, std);
        }
    }

    static Stats of(double[] v) {
        if (v.length == 0) {
            return new Stats(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double mean = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            mean += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        mean /= v.length;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return new Stats(mean, v.length > 1 ? Math.sqrt(ss / (v.length - 1)) : 0, min, max, v.length);
    }

    static Stats of(List<Double> v) {
        return of(v.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * The mean by compensated summation ({@link java.util.stream.DoubleStream#average()}), which the
     * seed-averaged trajectories of figure 2d have always used; {@link #of} sums plainly. The two
     * differ in the last bits, so each figure keeps the one its published numbers came from.
     */
    static double compensatedMean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }

    /** Mean of |a_i − b_i|: the theory–simulation distance. */
    static double meanAbsDifference(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += Math.abs(a[i] - b[i]);
        }
        return s / a.length;
    }
}
