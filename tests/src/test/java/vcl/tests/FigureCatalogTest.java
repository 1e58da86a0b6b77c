package vcl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import vcl.experiments.figures.FigureWriter;
import vcl.experiments.figures.Preset;
import vcl.experiments.figures.RunCache;
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
        for (FigureDefinition fig : FigureCatalog.all()) {
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
        FigureDefinition fig = FigureCatalog.find("2b").orElseThrow();
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
}
