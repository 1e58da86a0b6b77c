package vcl.experiments.sweep;

/**
 * A parameter a swept command takes, named as the command's option (without the dashes).
 *
 * @param name         the option's name, e.g. {@code alpha}, {@code max-iterations}
 * @param kind         the type of its values
 * @param defaultValue its value when the sweep file does not give it (the command's default), or
 *                     null: optional without a default when not {@code required}
 * @param required     whether the sweep file must give it
 */
public record Parameter(String name, ParameterKind kind, Object defaultValue, boolean required) {

    public Parameter {
        if (name == null || name.isBlank() || kind == null) {
            throw new IllegalArgumentException("a parameter has a name and a kind");
        }
        if (defaultValue != null) {
            defaultValue = kind.normalise(name, defaultValue);
        }
    }

    /** A parameter the sweep file must give. */
    public static Parameter required(String name, ParameterKind kind) {
        return new Parameter(name, kind, null, true);
    }

    /** A parameter with a default (null: absent unless given). */
    public static Parameter optional(String name, ParameterKind kind, Object defaultValue) {
        return new Parameter(name, kind, defaultValue, false);
    }

    /** Its column name in the sweep's CSV: the name with dashes as underscores. */
    public String column() {
        return name.replace('-', '_');
    }
}
