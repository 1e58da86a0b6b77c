package vcl.experiments.sweep;

import vcl.experiments.spec.UserInputException;

/** The type of a sweep parameter's values; a value read from the sweep file is normalised to it. */
public enum ParameterKind {
    /** A real number (a double). */
    REAL,
    /** A whole number (a long). */
    INTEGER,
    /** A word, such as a prior's or an optimizer's name. */
    TEXT,
    /** true or false. */
    SWITCH;

    /**
     * The value as this kind: {@code Double}, {@code Long}, {@code String} or {@code Boolean}.
     *
     * @throws UserInputException naming the parameter when the value is of another type
     */
    public Object normalise(String parameter, Object value) {
        switch (this) {
            case REAL -> {
                if (value instanceof Number n) {
                    return n.doubleValue();
                }
            }
            case INTEGER -> {
                if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                        && Math.abs(n.doubleValue()) < 9.0e15) {
                    return n.longValue();
                }
            }
            case TEXT -> {
                if (value instanceof String || value instanceof Number) {
                    return String.valueOf(value);
                }
            }
            case SWITCH -> {
                if (value instanceof Boolean b) {
                    return b;
                }
            }
        }
        throw UserInputException.malformed(parameter, "sweep parameter " + parameter + " takes "
                + description() + ", got " + (value == null ? "nothing" : "'" + value + "'"));
    }

    /** The kind in words, for messages. */
    public String description() {
        return switch (this) {
            case REAL -> "real numbers";
            case INTEGER -> "whole numbers";
            case TEXT -> "words";
            case SWITCH -> "true or false";
        };
    }
}
