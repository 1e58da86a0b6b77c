package vcl.cli;

/** Exit codes of the CLI contract (docs/architecture.md). */
public final class ExitCodes {
    public static final int OK = 0;
    /** A value outside its allowed range, malformed text, an unknown option, an unreadable input file, an --out that is a folder where a file is meant (or the reverse). */
    public static final int BAD_INPUT = 2;
    public static final int NOT_CONVERGED = 3;
    /** An output file could not be written (read-only folder, disk full, device error): EX_IOERR of sysexits.h. */
    public static final int IO_ERROR = 74;
    /** A broken internal invariant: a bug to report (EX_SOFTWARE of sysexits.h). */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
