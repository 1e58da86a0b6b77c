package vcl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vcl.experiments.io.Progress;
import vcl.experiments.figures.FigureCatalog;
import vcl.experiments.figures.FigureContext;
import vcl.experiments.figures.FigureData;
import vcl.experiments.figures.FigureDefinition;
import vcl.experiments.figures.FigureResult;
import vcl.experiments.figures.FigureRun;
import vcl.experiments.figures.FigureWriter;
import vcl.experiments.figures.Preset;
import vcl.experiments.figures.RunCache;
import vcl.experiments.figures.FigureRequest;
import vcl.plots.AxisSpec;
import vcl.plots.FigureSpec;
import vcl.plots.PanelSpec;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;
import vcl.theory.task1.Task1Sweep;

/** Every catalog figure renders headless with the tiny preset, and its files are what they claim. */
class FigureCatalogTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    @Tag("slow")
    void everyFigureRendersAllFiles(@TempDir Path dir) throws Exception {
        for (FigureDefinition fig : FigureCatalog.PAPER.figures()) {
            FigureResult result = fig.build(Preset.tiny, new FigureContext(1, 2, Progress.SILENT, RunCache.NONE));
            List<Path> files = FigureWriter.write(fig.id(), Preset.tiny, result, dir, 0.0, 1);
            assertEquals(5, files.size());
            String id = fig.id();
            BufferedImage png = ImageIO.read(dir.resolve(id + ".png").toFile());
            assertTrue(png.getWidth() >= 1600 && png.getHeight() >= 1200, id + ": PNG " + png.getWidth() + "x" + png.getHeight());
            String svg = Files.readString(dir.resolve(id + ".svg"));
            DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
            xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            xml.newDocumentBuilder().parse(dir.resolve(id + ".svg").toFile());
            String firstSeries = firstSeriesName(dir.resolve(id + ".csv"));
            assertTrue(svg.contains("<path") && svg.contains(firstSeries.split(" ")[0]), id + ": SVG holds the series");
            byte[] pdf = Files.readAllBytes(dir.resolve(id + ".pdf"));
            assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII), id + ": PDF header");
            String json = Files.readString(dir.resolve(id + ".json"));
            assertTrue(json.contains("\"preset\": \"tiny\"") && json.contains("\"version\"") && json.contains("\"master_seed\": 1"),
                    id + ": JSON provenance");
            for (String key : result.parameters().keySet()) {
                assertTrue(json.contains("\"" + key + "\""), id + ": JSON has parameter " + key);
            }
        }
    }

    private static String firstSeriesName(Path csv) throws Exception {
        try (Reader r = Files.newBufferedReader(csv);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            assertEquals(FigureData.COLUMNS, p.getHeaderNames(), "documented CSV columns");
            for (CSVRecord rec : p) {
                if (!rec.get("series").isEmpty()) {
                    return rec.get("series");
                }
            }
        }
        throw new AssertionError("empty CSV " + csv);
    }

    @Test
    void figure2bCsvHoldsTheSolverNumbers(@TempDir Path dir) throws Exception {
        FigureDefinition fig = FigureCatalog.PAPER.find("2b").orElseThrow();
        FigureResult result = fig.build(Preset.tiny, new FigureContext(1, 2, Progress.SILENT, RunCache.NONE));
        FigureWriter.write("2b", Preset.tiny, result, dir, 0.0, 1);
        List<Task1Solution> solved = new Task1Sweep(new Task1Solver(20)).sweep(new double[] {0.5, 1.0}, null);
        int checked = 0;
        try (Reader r = Files.newBufferedReader(dir.resolve("2b.csv"));
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord rec : p) {
                if (!rec.get("series").equals("theory ε")) {
                    continue;
                }
                double alpha = Double.parseDouble(rec.get("x"));
                for (Task1Solution s : solved) {
                    if (Math.abs(s.alpha() - alpha) < 1e-12) {
                        assertEquals(s.epsG(), Double.parseDouble(rec.get("y")), 1e-9, "eps at alpha " + alpha);
                        checked++;
                    }
                }
            }
        }
        assertEquals(2, checked, "theory eps at alpha 0.5 and 1.0 found in the CSV");
    }

    /**
     * A figure that is not in the paper: the task-1 ε_g against α from the replica theory. Adding a
     * figure to the workbench is a class like this one (in {@code vcl.experiments.figures}, usually
     * extending {@code PaperFigure}) and one entry in {@code FigureCatalog.PAPER}.
     */
    static final class TheoryEpsilonFigure implements FigureDefinition {

        @Override
        public String id() {
            return "t1";
        }

        @Override
        public String title() {
            return "task-1 generalization error vs alpha (replica theory, beta = 20)";
        }

        @Override
        public String presets() {
            return "tiny: alpha 0.5, 1; quick and paper: alpha 0.25..2 step 0.25";
        }

        @Override
        public FigureResult build(Preset preset, FigureContext context) {
            double[] alpha = preset.pick(new double[] {0.5, 1}, new double[] {0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2},
                    new double[] {0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2});
            List<Task1Solution> rows = new Task1Sweep(new Task1Solver(20)).sweep(alpha, null).stream()
                    .filter(s -> s.branch().stable()).toList();
            FigureData data = new FigureData();
            PanelSpec panel = PanelSpec.of(AxisSpec.linear("α"), AxisSpec.linear("ε_g"),
                    data.line("a", "theory ε", rows.stream().mapToDouble(Task1Solution::alpha).toArray(),
                            rows.stream().mapToDouble(Task1Solution::epsG).toArray()));
            return new FigureResult(FigureSpec.of(panel).withTitle("test figure"), data, Map.of("beta", 20.0),
                    OptionalDouble.empty());
        }
    }

    @Test
    void aFigureAddedToTheCatalogRendersLikeThePaperFigures(@TempDir Path dir) throws Exception {
        FigureCatalog catalog = FigureCatalog.PAPER.with(new TheoryEpsilonFigure());
        assertTrue(catalog.listing().startsWith(FigureCatalog.PAPER.listing()), "the paper figures keep their order");
        assertTrue(catalog.listing().contains("t1   task-1 generalization error vs alpha"), catalog.listing());
        FigureRequest request = FigureRequest.of(catalog, "t1", "tiny", dir, 1, 1, false, 1);
        StringWriter out = new StringWriter();
        List<Path> files = FigureRun.render(request.figure(), request.preset(), request.out(), request.context(),
                request.pngScale(), new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(List.of("t1.png", "t1.svg", "t1.pdf", "t1.csv", "t1.json"),
                files.stream().map(f -> f.getFileName().toString()).toList());
        assertTrue(out.toString().startsWith("figure t1 (tiny preset) computed in"), out.toString());
        assertEquals("theory ε", firstSeriesName(dir.resolve("t1.csv")));
        assertTrue(Files.readString(dir.resolve("t1.json")).contains("\"beta\": 20.0"));
    }
}
