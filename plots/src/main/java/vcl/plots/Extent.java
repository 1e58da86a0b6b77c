package vcl.plots;

/** Smallest and largest value over a pair of arrays. */
final class Extent {

    private Extent() {
    }

    static double[] of(double[] low, double[] high) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < low.length; i++) {
            min = Math.min(min, Math.min(low[i], high[i]));
            max = Math.max(max, Math.max(low[i], high[i]));
        }
        return new double[] {min, max};
    }
}
