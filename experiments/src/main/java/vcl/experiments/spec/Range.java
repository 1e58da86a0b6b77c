package vcl.experiments.spec;

/**
 * The allowed values of one numeric option, and the one place that words a violation. Three
 * readings ({@link Kind}): a <em>quantity</em> (a load, an inverse temperature, a strength) has a
 * bound at zero and possibly a sanity cap, and reads "be a finite number &gt; 0 and &lt;= 50"; an
 * <em>interval</em> (an overlap, a tolerance) reads "lie in [-1, 1]" or "lie in the open interval
 * (0, 1)"; a <em>count</em> (epochs, repeats) reads "be an integer &gt;= 1".
 *
 * @param lo       lower bound
 * @param loOpen   whether {@code lo} itself is excluded
 * @param hi       upper bound ({@code +inf}: none)
 * @param hiOpen   whether {@code hi} itself is excluded
 * @param kind     how the range is worded
 */
public record Range(double lo, boolean loOpen, double hi, boolean hiOpen, Kind kind) {

    /** How a range is worded. */
    public enum Kind { QUANTITY, INTERVAL, COUNT }

    public Range {
        java.util.Objects.requireNonNull(kind, "kind");
        if (!(lo < hi) || Double.isNaN(lo)) {
            throw new IllegalArgumentException("empty range: " + lo + " .. " + hi);
        }
    }

    /** A quantity in (0, cap]; {@code cap = +inf} for no cap. */
    public static Range positive(double cap) {
        return new Range(0, true, cap, false, Kind.QUANTITY);
    }

    /** A quantity in [0, cap]; {@code cap = +inf} for no cap. */
    public static Range nonNegative(double cap) {
        return new Range(0, false, cap, false, Kind.QUANTITY);
    }

    /** A count at least {@code min}. */
    public static Range atLeast(int min) {
        return new Range(min, false, Double.POSITIVE_INFINITY, false, Kind.COUNT);
    }

    /** The closed interval [lo, hi]. */
    public static Range closed(double lo, double hi) {
        return new Range(lo, false, hi, false, Kind.INTERVAL);
    }

    /** The open interval (lo, hi). */
    public static Range open(double lo, double hi) {
        return new Range(lo, true, hi, true, Kind.INTERVAL);
    }

    /** Whether {@code v} is allowed (NaN never is). */
    public boolean contains(double v) {
        boolean above = loOpen ? v > lo : v >= lo;
        boolean below = hiOpen ? v < hi : v <= hi;
        return above && below && Double.isFinite(v);
    }

    /** The allowed values in words: "in [-1, 1]", "in the open interval (0, 1)", "a finite number > 0 and <= 50". */
    public String allowed() {
        if (kind == Kind.INTERVAL) {
            return loOpen && hiOpen ? "in the open interval (" + format(lo) + ", " + format(hi) + ")"
                    : "in " + (loOpen ? "(" : "[") + format(lo) + ", " + format(hi) + (hiOpen ? ")" : "]");
        }
        String s = (kind == Kind.COUNT ? "an integer " : "a finite number ") + (loOpen ? "> " : ">= ") + format(lo);
        return Double.isInfinite(hi) ? s : s + " and " + (hiOpen ? "< " : "<= ") + format(hi);
    }

    /** What an allowed value satisfies, after "must": "lie " for an interval, else "be ", then {@link #allowed()}. */
    public String requirement() {
        return (kind == Kind.INTERVAL ? "lie " : "be ") + allowed();
    }

    /** Returns {@code v}, or throws the one-wording {@link UserInputException} for {@code option}. */
    public double check(String option, double v) {
        if (!contains(v)) {
            throw UserInputException.outside(option, this, format(v));
        }
        return v;
    }

    /** Integer variant of {@link #check(String, double)}. */
    public int check(String option, int v) {
        if (!contains(v)) {
            throw UserInputException.outside(option, this, Integer.toString(v));
        }
        return v;
    }

    /** Checks every value of a list, returning a copy. */
    public double[] checkAll(String option, double[] values) {
        for (double v : values) {
            check(option, v);
        }
        return values.clone();
    }

    /** A number as a person writes it: 1 rather than 1.0, -1 rather than -1.0. */
    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
