package vcl.cli;

/** Exit codes of the CLI contract (docs/architecture.md). */
public final class ExitCodes {
    public static final int OK = 0;
    /** A value outside its allowed range, malformed text, an unknown option, a file that cannot be written. */
    public static final int BAD_INPUT = 2;
    public static final int NOT_CONVERGED = 3;
    /** A broken internal invariant: a bug to report (EX_SOFTWARE of sysexits.h). */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
