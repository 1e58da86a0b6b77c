package vcl.cli;

/** Exit codes of the CLI contract (docs/architecture.md). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int BAD_INPUT = 2;
    public static final int NOT_CONVERGED = 3;

    private ExitCodes() {
    }
}
