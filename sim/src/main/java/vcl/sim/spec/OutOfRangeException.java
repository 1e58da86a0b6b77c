package vcl.sim.spec;

/**
 * A parameter of a simulation spec lies outside its allowed range. The message reads
 * "lr must be a finite number > 0, got -1"; a command line that took the value from option
 * {@code --lr} reports it under that name, a program that built the spec itself has a bug.
 */
public final class OutOfRangeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String allowed;
    private final String given;

    /**
     * @param parameter the parameter's name as the command line spells it, without dashes ({@code lr})
     * @param allowed   the allowed range in words ({@code a finite number > 0}, {@code in [0, 1)})
     * @param given     the value given, as text
     */
    public OutOfRangeException(String parameter, String allowed, String given) {
        super(parameter + " must be " + allowed + ", got " + given);
        this.parameter = parameter;
        this.allowed = allowed;
        this.given = given;
    }

    /** The parameter's name, e.g. {@code lr}. */
    public String parameter() {
        return parameter;
    }

    /** The allowed range in words. */
    public String allowed() {
        return allowed;
    }

    /** The value given, as text. */
    public String given() {
        return given;
    }
}
