package vcl.experiments.spec;

/**
 * A value a user gave is outside its allowed range: the command line maps it to exit code 2 and
 * prints {@link #getMessage()} ("--gamma must be in [0, 100], got -1"). Raised only by the typed
 * specs' constructors (and the LIST parser), never for a broken internal invariant.
 */
public final class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String option;
    private final String allowed;

    /**
     * @param option  the option as the user typed it, e.g. {@code --gamma}
     * @param allowed the allowed range in words, e.g. {@code in [0, 100]} or {@code a finite number > 0}
     * @param given   the value the user gave, as text
     */
    public UserInputException(String option, String allowed, String given) {
        super(option + " must be " + allowed + ", got " + given);
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

    /** The allowed range in words (empty for malformed text). */
    public String allowed() {
        return allowed;
    }
}
