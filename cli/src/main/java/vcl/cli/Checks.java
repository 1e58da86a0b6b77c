package vcl.cli;

/** Input checks that raise messages naming the parameter and its allowed range (exit code 2). */
public final class Checks {

    private Checks() {
    }

    /** Requires a finite value > 0. */
    public static double positive(String name, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + v);
        }
        return v;
    }

    /** Parses a LIST (see {@link ValueList}) whose values must all be finite and > 0. */
    public static double[] positiveList(String name, String list) {
        double[] v = ValueList.parse(name, list);
        for (double x : v) {
            positive(name, x);
        }
        return v;
    }

    /** Parses a LIST whose values must all lie in the closed interval [lo, hi]. */
    public static double[] listWithin(String name, String list, double lo, double hi) {
        double[] v = ValueList.parse(name, list);
        for (double x : v) {
            within(name, x, lo, hi);
        }
        return v;
    }

    /** Requires a value in the closed interval [lo, hi]. */
    public static double within(String name, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException(name + " must lie in [" + compact(lo) + ", " + compact(hi) + "], got " + v);
        }
        return v;
    }

    /** Requires an integer >= min. */
    public static int atLeast(String name, int v, int min) {
        if (v < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + v);
        }
        return v;
    }

    /** A bound as written by a person: 1 rather than 1.0. */
    private static String compact(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
