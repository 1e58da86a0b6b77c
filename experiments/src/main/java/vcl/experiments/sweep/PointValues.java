package vcl.experiments.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of every parameter of a command at one point of a sweep (defaults filled in), read by type.
 *
 * @param values parameter name → {@code Double}, {@code Long}, {@code String} or {@code Boolean}; absent
 *               for an optional parameter without a default
 */
public record PointValues(Map<String, Object> values) {

    public PointValues {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A real parameter. */
    public double real(String name) {
        return (Double) present(name);
    }

    /** A real parameter, or null when not given and without a default. */
    public Double realOrNull(String name) {
        return (Double) values.get(name);
    }

    /** A whole-number parameter. */
    public long integer(String name) {
        return (Long) present(name);
    }

    /** A whole-number parameter, or null when not given and without a default. */
    public Long integerOrNull(String name) {
        return (Long) values.get(name);
    }

    /** A word parameter, or null when not given and without a default. */
    public String text(String name) {
        return (String) values.get(name);
    }

    /** A true/false parameter. */
    public boolean flag(String name) {
        return (Boolean) present(name);
    }

    private Object present(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalStateException("parameter " + name + " has no value");
        }
        return v;
    }
}
