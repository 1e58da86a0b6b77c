package vcl.sim.spec;

/**
 * The range checks of the simulation specs, each with one wording; every check returns its value
 * and throws {@link OutOfRangeException} naming the parameter otherwise.
 */
public final class Ranges {

    private Ranges() {
    }

    /** A finite value > 0. */
    public static double positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new OutOfRangeException(name, "a finite number > 0", text(v));
        }
        return v;
    }

    /** A finite value ≥ 0. */
    public static double nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new OutOfRangeException(name, "a finite number >= 0", text(v));
        }
        return v;
    }

    /** A value in [0, 1) (a decay or momentum coefficient). */
    public static double unitInterval(String name, double v) {
        if (!(v >= 0 && v < 1)) {
            throw new OutOfRangeException(name, "in [0, 1)", text(v));
        }
        return v;
    }

    /** A value in the closed interval [lo, hi]. */
    public static double within(String name, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi)) {
            throw new OutOfRangeException(name, "in [" + text(lo) + ", " + text(hi) + "]", text(v));
        }
        return v;
    }

    /** An integer ≥ min. */
    public static int atLeast(String name, int v, int min) {
        if (v < min) {
            throw new OutOfRangeException(name, ">= " + min, Integer.toString(v));
        }
        return v;
    }

    /** A number as a person writes it: 1 rather than 1.0. */
    public static String text(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
