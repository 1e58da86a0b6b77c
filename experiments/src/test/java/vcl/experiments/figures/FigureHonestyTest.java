package vcl.experiments.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vcl.experiments.io.Progress;
import vcl.plots.AxisSpec;
import vcl.plots.FigureSpec;
import vcl.plots.PanelSpec;

/** The figures say what they draw, and where theory and simulation disagree they say so. */
class FigureHonestyTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final FigureContext CONTEXT = new FigureContext(1, 1, Progress.SILENT, RunCache.NONE);

    @Test
    void figure2aDrawsTheJumpAtTheTransitionAndExplainsItsLines() {
        FigureResult r = new Figure2a().build(Preset.tiny, CONTEXT);
        double t = (double) r.parameters().get("transition_alpha");
        String csv = r.data().table().render(vcl.experiments.io.OutputFormat.csv, Map.of());
        List<String> stableQ = csv.lines().filter(l -> l.startsWith("a,q,line,")).toList();
        double lastX = Double.parseDouble(stableQ.get(stableQ.size() - 1).split(",")[3]);
        assertEquals(t, lastX, 1e-12, "the stable q below the transition is drawn up to α_t");
        assertEquals(2, csv.lines().filter(l -> l.startsWith("a,q (jump at α_t),line,")).count(),
                "a vertical jump of q at α_t");
        PanelSpec panel = r.figure().panels().get(0);
        assertTrue(panel.captions().stream().anyMatch(c -> c.contains("dashed: metastable")), panel.captions().toString());
    }

    @Test
    void aDisagreementIsFlaggedOnStderrAndInTheRecord(@TempDir Path dir) throws Exception {
        Agreement agreement = new Agreement("eps", List.of(new Agreement.Point("eps", 1.6, 0.12, 0.23,
                "the runs leave the poor branch")));
        FigureDefinition fig = new PaperFigure("tz", "a constructed disagreement", "tiny only") {
            @Override
            public FigureResult build(Preset preset, FigureContext context) {
                FigureData data = new FigureData();
                PanelSpec panel = PanelSpec.of(AxisSpec.linear("α"), AxisSpec.linear("ε"),
                        data.points("a", "sim", new double[] {1.6}, new double[] {0.12}));
                return new FigureResult(FigureSpec.of(panel), data, Map.of(), OptionalDouble.of(agreement.mean()),
                        Optional.of(agreement));
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        FigureRun.render(fig, Preset.tiny, dir, CONTEXT, 1, new PrintWriter(out), new PrintWriter(err));
        assertTrue(err.toString().contains("warning: figure tz: simulation and theory disagree")
                && err.toString().contains("the runs leave the poor branch"), err.toString());
        assertTrue(out.toString().contains("largest |delta eps| = 0.1100; 1 of 1 points beyond 0.03"), out.toString());
        String json = Files.readString(dir.resolve("tz.json"));
        assertTrue(json.contains("\"max_abs_difference\"") && json.contains("\"beyond_tolerance\": true"), json);
    }

    @Test
    void figure1aRecordsItsBatchSizesAndRunSeedsAsArrays() {
        FigureResult r = new Figure1a().build(Preset.tiny, CONTEXT);
        int[] batch = (int[]) r.parameters().get("batch");
        // N = 200: P = 100, 200, 300, 400 → max(⌈P/20⌉, 10) = 10, 10, 15, 20
        assertEquals(List.of(10, 10, 15, 20), java.util.Arrays.stream(batch).boxed().toList());
        long[][] seeds = (long[][]) r.parameters().get("run_seeds");
        assertEquals(2, seeds.length);
        assertTrue(r.agreement().isPresent());
        assertEquals(4, r.agreement().get().points().size());
    }
}
