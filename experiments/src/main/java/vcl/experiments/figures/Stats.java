package vcl.experiments.figures;

import java.util.List;

/** Mean, standard deviation (over seeds, n − 1), minimum and maximum of a sample. */
record Stats(double mean, double std, double min, double max, int n) {

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

    /** Mean of |a_i − b_i|: the theory–simulation distance. */
    static double meanAbsDifference(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += Math.abs(a[i] - b[i]);
        }
        return s / a.length;
    }
}
