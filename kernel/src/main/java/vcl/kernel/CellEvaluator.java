package vcl.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

/**
 * One JShell session: a cell's source is cut into complete snippets and each is evaluated in turn;
 * the first that does not compile, refers to something undefined or throws stops the cell with a
 * {@link CellException} saying which line and why. The last snippet's value, if it is an
 * expression, is the cell's value.
 */
final class CellEvaluator implements AutoCloseable {

    private final JShell shell;

    CellEvaluator(JShell shell) {
        this.shell = shell;
    }

    SourceCodeAnalysis analysis() {
        return shell.sourceCodeAnalysis();
    }

    /** Evaluates every snippet of {@code cell}; the value of the last one, if it has one. */
    Optional<String> evaluate(String cell) {
        String rest = cell;
        Optional<String> value = Optional.empty();
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis().analyzeCompletion(rest);
            if (!info.completeness().isComplete()) {
                throw new CellException("incomplete code at the end of the cell: " + firstLine(rest));
            }
            value = evaluateSnippet(info.source());
            rest = info.remaining();
        }
        return value;
    }

    private Optional<String> evaluateSnippet(String source) {
        List<SnippetEvent> events = shell.eval(source);
        Optional<String> value = Optional.empty();
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null) {
                continue;
            }
            Snippet s = e.snippet();
            if (e.status() == Snippet.Status.REJECTED) {
                throw new CellException("does not compile: " + firstLine(source) + "\n" + diagnostics(s));
            }
            if (e.status() == Snippet.Status.RECOVERABLE_DEFINED || e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                List<String> missing = shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) s)
                        .collect(Collectors.toList());
                throw new CellException(firstLine(source) + " refers to something undefined: " + missing);
            }
            if (e.exception() != null) {
                throw new CellException(describe(e.exception()), e.exception());
            }
            if (s.kind() == Snippet.Kind.EXPRESSION || s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                value = Optional.ofNullable(e.value());
            }
        }
        return value;
    }

    private String diagnostics(Snippet s) {
        return shell.diagnostics(s).map(d -> "  " + d.getMessage(Locale.ROOT) + position(d)).collect(Collectors.joining("\n"));
    }

    private static String position(Diag d) {
        return d.getStartPosition() >= 0 ? " (at character " + d.getStartPosition() + ")" : "";
    }

    private static String describe(JShellException e) {
        if (e instanceof EvalException ee) {
            List<String> lines = new ArrayList<>();
            lines.add(ee.getExceptionClassName() + (ee.getMessage() == null ? "" : ": " + ee.getMessage()));
            for (StackTraceElement el : ee.getStackTrace()) {
                lines.add("    at " + el);
            }
            return String.join("\n", lines);
        }
        if (e instanceof UnresolvedReferenceException ure) {
            return "refers to something undefined: " + ure.getSnippet().source().strip();
        }
        return e.toString();
    }

    private static String firstLine(String source) {
        String line = source.strip().lines().findFirst().orElse("");
        return line.length() > 100 ? line.substring(0, 100) + "…" : line;
    }

    @Override
    public void close() {
        shell.close();
    }

    /** A cell that failed: its message says where and why. */
    static final class CellException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        CellException(String message) {
            super(message);
        }

        CellException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
