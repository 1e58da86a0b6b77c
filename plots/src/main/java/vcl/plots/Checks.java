package vcl.plots;

import java.util.Objects;

/** Argument checks shared by the figure value types; every message names the offending field. */
final class Checks {

    private Checks() {
    }

    /** Returns a copy of {@code values} after checking it is non-null, non-empty and finite. */
    static double[] finiteCopy(String owner, String field, double[] values) {
        Objects.requireNonNull(values, () -> owner + ": " + field + " must not be null");
        if (values.length == 0) {
            throw new IllegalArgumentException(owner + ": " + field + " must hold at least one value");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(owner + ": " + field + "[" + i + "] = " + values[i]
                        + " is not a finite number");
            }
        }
        return values.clone();
    }

    /** Checks that {@code other} has as many values as {@code x}. */
    static void sameLength(String owner, String field, double[] x, double[] other) {
        if (other.length != x.length) {
            throw new IllegalArgumentException(owner + ": " + field + " has " + other.length
                    + " values but x has " + x.length);
        }
    }

    /** Checks that every value is strictly positive (needed on a logarithmic axis). */
    static void positive(String where, String field, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0)) {
                throw new IllegalArgumentException(where + ": " + field + "[" + i + "] = " + values[i]
                        + " is not positive, which a logarithmic axis cannot show");
            }
        }
    }

    /** Series and legend names: {@code null} is turned into the empty string (no legend entry). */
    static String name(String name) {
        return name == null ? "" : name;
    }

    static String describe(String kind, String name) {
        return name.isEmpty() ? kind : kind + " '" + name + "'";
    }
}
