package vcl.kernel;

import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseKernelBuilder;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.magic.MagicParser;

/**
 * A Jupyter kernel for Java: each cell is cut into JShell snippets and evaluated in this JVM
 * ({@link CellEvaluator}), with the workbench on the class path. A cell that does not compile, refers
 * to something undefined or throws is an error of the cell (the notebook run stops there); the value
 * of a last expression is shown as text; {@code display(figure)} shows a figure inline ({@link Inline}).
 */
public final class JShellKernel extends BaseKernel {

    private final CellEvaluator evaluator;

    private JShellKernel(Builder b, CellEvaluator evaluator) {
        super(b.name(), b.version(), new LanguageInfo("java", Runtime.version().toString(), "text/x-java", ".jshell",
                "java", "text/x-java", null), List.of(), b.history(), b.io(), b.comms(), b.renderer(),
                new MagicParser("^\\s*//%", "//%%", b.transpiler()), b.magics(), false, b.styler());
        this.evaluator = evaluator;
    }

    /** A kernel whose JShell compiles against {@code classPath} (the workbench's jar). */
    public static JShellKernel create(String classPath) {
        JShell shell = JShell.builder().executionEngine("local").build();
        if (!classPath.isEmpty()) {
            shell.addToClasspath(classPath);
        }
        shell.eval("import static vcl.kernel.Inline.display;");
        return new Builder().name("vcl-java").version(JShellKernel.class.getPackage().getImplementationVersion() == null
                ? "dev" : JShellKernel.class.getPackage().getImplementationVersion())
                .build(new CellEvaluator(shell));
    }

    @Override
    public String getBanner() {
        return "Java " + Runtime.version() + " through JShell, with the vcl workbench";
    }

    @Override
    public Object evalRaw(String code) {
        return evaluator.evaluate(code).orElse(null);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return null;
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions = evaluator.analysis().completionSuggestions(code, at, anchor);
        List<String> names = suggestions.stream().map(SourceCodeAnalysis.Suggestion::continuation).distinct()
                .collect(Collectors.toList());
        return new ReplacementOptions(names, anchor[0], at);
    }

    @Override
    public String isComplete(String code) {
        Completeness c = evaluator.analysis().analyzeCompletion(code).completeness();
        if (c == Completeness.DEFINITELY_INCOMPLETE || c == Completeness.CONSIDERED_INCOMPLETE) {
            return IS_COMPLETE_MAYBE;
        }
        return c == Completeness.UNKNOWN ? IS_COMPLETE_BAD : IS_COMPLETE_YES;
    }

    /** A cell's error is its message (which line, why, the snippet's stack); the kernel's own stack is noise. */
    @Override
    public List<String> formatError(Throwable e) {
        if (e instanceof CellEvaluator.CellException) {
            return List.of(e.getMessage().split("\n"));
        }
        return super.formatError(e);
    }

    @Override
    public void onShutdown(boolean restart) {
        evaluator.close();
    }

    /** The builder's defaults for history, I/O, comms, rendering and magics. */
    private static final class Builder extends BaseKernelBuilder<Builder, JShellKernel> {

        JShellKernel build(CellEvaluator evaluator) {
            return new JShellKernel(this, evaluator);
        }

        @Override
        public JShellKernel build() {
            throw new UnsupportedOperationException("build(CellEvaluator)");
        }

        String name() {
            return buildName();
        }

        String version() {
            return buildVersion();
        }

        org.dflib.jjava.jupyter.kernel.history.HistoryManager history() {
            return buildHistoryManager();
        }

        org.dflib.jjava.jupyter.kernel.JupyterIO io() {
            return buildJupyterIO(buildJupyterIOEncoding());
        }

        org.dflib.jjava.jupyter.kernel.comm.CommManager comms() {
            return buildCommManager();
        }

        org.dflib.jjava.jupyter.kernel.display.Renderer renderer() {
            return buildRenderer();
        }

        org.dflib.jjava.jupyter.kernel.magic.MagicTranspiler transpiler() {
            return buildMagicTranspiler();
        }

        org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry magics() {
            return buildMagicsRegistry();
        }

        org.dflib.jjava.jupyter.kernel.util.StringStyler styler() {
            return buildErrorStyler();
        }
    }
}
