package vcl.experiments.spec;

/**
 * A value a user gave is outside its allowed range: the command line maps it to exit code 2 and
 * prints {@link #getMessage()}, one line in one wording, "OPTION must be ALLOWED, got GIVEN"
 * ("--gamma must be a finite number >= 0 and <= 100, got -1"); an interval reads "lie in"
 * ("--r0 must lie in [-1, 1], got 1.5"). Raised by the typed specs' constructors (ranges through
 * {@link Range}) and by the parsers of user text (LISTs, names, the q* ramp) or a program the user
 * named (the benchmark's baseline), never for a broken internal invariant.
 *
 * <p>It is an {@link IllegalArgumentException} (the value is an illegal argument of the command),
 * but the command line tells the two apart: only this type means "bad input".
 */
public final class UserInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String option;
    private final String allowed;

    /**
     * @param option  the option as the user typed it, e.g. {@code --gamma}
     * @param allowed the allowed range in words, e.g. {@code in [0, 100]} or {@code a finite number > 0}
     * @param given   the value the user gave, as text
     */
    public UserInputException(String option, String allowed, String given) {
        this(new Parts(option, allowed, option + " must be " + allowed + ", got " + given));
    }

    /** The value {@code given} of {@code option} lies outside {@code range}. */
    public static UserInputException outside(String option, Range range, String given) {
        return new UserInputException(new Parts(option, range.allowed(),
                option + " must " + range.requirement() + ", got " + given));
    }

    /** A free-form message about one option (for malformed text rather than a value out of range). */
    public static UserInputException malformed(String option, String message) {
        return new UserInputException(new Parts(option, "", message));
    }

    /** What an instance carries: the option, its allowed range in words, the message. */
    private record Parts(String option, String allowed, String message) {
    }

    private UserInputException(Parts parts) {
        super(parts.message());
        this.option = parts.option();
        this.allowed = parts.allowed();
    }

    /** The option the message is about, e.g. {@code --gamma}. */
    public String option() {
        return option;
    }

    /** The allowed range in words, e.g. {@code in [-1, 1]} (empty for malformed text). */
    public String allowed() {
        return allowed;
    }
}
