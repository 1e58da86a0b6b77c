package vcl.experiments.spec;

/**
 * A value a user gave is outside its allowed range: the command line maps it to exit code 2 and
 * prints {@link #getMessage()} ("--gamma must be a finite number >= 0 and <= 100, got -1"). Raised
 * only by the typed specs' constructors (through {@link Range}) and the LIST parser, never for a
 * broken internal invariant.
 *
 * <p>It is an {@link IllegalArgumentException} (the value is an illegal argument of the command),
 * but the command line tells the two apart: only this type means "bad input".
 */
public final class UserInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String option;
    private final String allowed;

    /**
     * The one wording: {@code OPTION must ALLOWED, got GIVEN}.
     *
     * @param option  the option as the user typed it, e.g. {@code --gamma}
     * @param allowed what the value must satisfy, as a verb phrase, e.g. {@code lie in [-1, 1]} or
     *                {@code be a finite number > 0}; see {@link Range#requirement()}
     * @param given   the value the user gave, as text
     */
    public UserInputException(String option, String allowed, String given) {
        super(option + " must " + allowed + ", got " + given);
        this.option = option;
        this.allowed = allowed;
    }

    /** A free-form message about one option (for malformed text rather than a value out of range). */
    public static UserInputException malformed(String option, String message) {
        return new UserInputException(option, message);
    }

    private UserInputException(String option, String message) {
        super(message);
        this.option = option;
        this.allowed = "";
    }

    /** The option the message is about, e.g. {@code --gamma}. */
    public String option() {
        return option;
    }

    /** What the value must satisfy (empty for malformed text). */
    public String allowed() {
        return allowed;
    }
}
