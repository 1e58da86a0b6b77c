package vcl.plots;

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
 */
public record AxisSpec(String label, AxisScale scale, Double min, Double max, Double tickStep) {

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
        return new AxisSpec(label, AxisScale.LINEAR, null, null, null);
    }

    /** A logarithmic axis with automatic range. */
    public static AxisSpec log(String label) {
        return new AxisSpec(label, AxisScale.LOG, null, null, null);
    }

    /** The same axis with the explicit range {@code [newMin, newMax]}. */
    public AxisSpec range(double newMin, double newMax) {
        return new AxisSpec(label, scale, newMin, newMax, tickStep);
    }

    /** The same axis with major ticks every {@code step}. */
    public AxisSpec ticks(double step) {
        return new AxisSpec(label, scale, min, max, step);
    }

    public boolean isLog() {
        return scale == AxisScale.LOG;
    }
}
