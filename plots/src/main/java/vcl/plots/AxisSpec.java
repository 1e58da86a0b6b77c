package vcl.plots;

import java.util.List;
import java.util.Objects;

/**
 * One axis: its label (label syntax of {@link LabelParser}, e.g. {@code "ε_g^1"}), its scale and
 * an optional explicit range and tick spacing. A {@code null} bound is chosen from the data.
 *
 * @param label    axis label in label syntax
 * @param scale    linear or logarithmic
 * @param min      lower bound or {@code null}
 * @param max      upper bound or {@code null}
 * @param tickStep spacing of the major ticks on a linear axis, or {@code null} for automatic
 * @param categories names written at the ticks 0, 1, …, n − 1 of a linear axis instead of numbers
 *                 (bars per category), empty for a numeric axis
 */
public record AxisSpec(String label, AxisScale scale, Double min, Double max, Double tickStep,
        List<String> categories) {

    public AxisSpec {
        label = label == null ? "" : label;
        String owner = "axis '" + label + "'";
        Objects.requireNonNull(scale, () -> owner + ": scale must not be null");
        check(owner, "min", min);
        check(owner, "max", max);
        check(owner, "tickStep", tickStep);
        if (min != null && max != null && !(min < max)) {
            throw new IllegalArgumentException(owner + ": min = " + min + " must be below max = " + max);
        }
        if (scale == AxisScale.LOG) {
            if (min != null && !(min > 0)) {
                throw new IllegalArgumentException(owner + ": min = " + min
                        + " is not positive, which a logarithmic axis cannot show");
            }
            if (max != null && !(max > 0)) {
                throw new IllegalArgumentException(owner + ": max = " + max
                        + " is not positive, which a logarithmic axis cannot show");
            }
            if (tickStep != null) {
                throw new IllegalArgumentException(owner + ": tickStep applies to linear axes only");
            }
        }
        categories = categories == null ? List.of() : List.copyOf(categories);
        if (!categories.isEmpty() && (scale == AxisScale.LOG || tickStep != null)) {
            throw new IllegalArgumentException(owner + ": category names need a linear axis without tickStep");
        }
        if (tickStep != null && !(tickStep > 0)) {
            throw new IllegalArgumentException(owner + ": tickStep = " + tickStep + " must be positive");
        }
    }

    private static void check(String owner, String field, Double v) {
        if (v != null && !Double.isFinite(v)) {
            throw new IllegalArgumentException(owner + ": " + field + " = " + v + " is not a finite number");
        }
    }

    /** A linear axis with automatic range. */
    public static AxisSpec linear(String label) {
        return new AxisSpec(label, AxisScale.LINEAR, null, null, null, List.of());
    }

    /** A logarithmic axis with automatic range. */
    public static AxisSpec log(String label) {
        return new AxisSpec(label, AxisScale.LOG, null, null, null, List.of());
    }

    /** The same axis with the explicit range {@code [newMin, newMax]}. */
    public AxisSpec range(double newMin, double newMax) {
        return new AxisSpec(label, scale, newMin, newMax, tickStep, categories);
    }

    /** The same axis with major ticks every {@code step}. */
    public AxisSpec ticks(double step) {
        return new AxisSpec(label, scale, min, max, step, categories);
    }

    /**
     * A linear axis whose ticks 0, 1, …, n − 1 carry the names {@code names} (e.g. one group of bars
     * per name), ranging over [−0.5, n − 0.5].
     */
    public static AxisSpec categories(String label, String... names) {
        if (names.length == 0) {
            throw new IllegalArgumentException("axis '" + label + "': needs at least one category name");
        }
        return new AxisSpec(label, AxisScale.LINEAR, -0.5, names.length - 0.5, null, List.of(names));
    }

    public boolean isLog() {
        return scale == AxisScale.LOG;
    }
}
