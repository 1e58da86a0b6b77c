package vcl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vcl.experiments.figures.FigureCatalog;
import vcl.experiments.figures.FigureData;
import vcl.experiments.figures.FigureRun;
import vcl.experiments.io.Json;
import vcl.experiments.figures.FigureRequest;

/**
 * The deep figures (4, 5) render in their tiny preset from generated stand-in data (no real data
 * needed): the five files, the documented CSV columns with the curves, matrix cells and bars, and
 * JSON notes that say which evaluation is shown and over how many seeds.
 */
class DeepFiguresTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> render(String id, Path dir, boolean cache) throws Exception {
        FigureRequest request = FigureRequest.of(FigureCatalog.PAPER, id, "tiny", dir, 3, 2, cache, 1);
        StringWriter out = new StringWriter();
        List<Path> files = FigureRun.render(request.figure(), request.preset(), request.out(), request.context(),
                request.pngScale(), new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(List.of(id + ".png", id + ".svg", id + ".pdf", id + ".csv", id + ".json"),
                files.stream().map(f -> f.getFileName().toString()).toList());
        return (Map<String, Object>) Json.readObject(Files.readString(dir.resolve(id + ".json"))).get("parameters");
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            assertEquals(FigureData.COLUMNS, p.getHeaderNames(), "documented CSV columns");
            return p.getRecords();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void figure4RendersCurvesMatrixAndMetricsFromGeneratedData(@TempDir Path dir) throws Exception {
        Map<String, Object> json = render("4", dir, true);
        List<CSVRecord> rows = csv(dir.resolve("4.csv"));
        Set<String> kinds = new HashSet<>();
        int curvePoints = 0;
        int cells = 0;
        for (CSVRecord r : rows) {
            kinds.add(r.get("kind"));
            if (r.get("panel").equals("vcl") && r.get("kind").equals("line") && r.get("series").equals("task 1")) {
                curvePoints++;
                double acc = Double.parseDouble(r.get("y"));
                assertTrue(acc >= 0 && acc <= 1, "accuracy " + acc);
            }
            if (r.get("kind").equals("cell")) {
                cells++;
            }
        }
        assertEquals(Set.of("line", "band", "cell", "bar"), kinds);
        assertEquals(3 * 3 + 1, curvePoints, "task 1 from initialisation through 3 tasks x 3 epochs");
        assertEquals(2 * 9, cells, "R of 3 tasks for each of the two methods");
        assertEquals("tiny", json.get("preset"));
        assertEquals(List.of("vcl", "meta"), json.get("methods"));
        assertEquals("stochastic", ((Map<String, Object>) json.get("shown_eval_mode")).get("vcl"));
        assertEquals("mean", ((Map<String, Object>) json.get("shown_eval_mode")).get("meta"));
        assertEquals(2, ((Number) json.get("seeds")).intValue());
        String notes = (String) json.get("notes");
        assertTrue(notes.contains("one stochastic pass") && notes.contains("standard deviation")
                && notes.contains("tiny preset"), notes);
        Map<String, Object> vcl = (Map<String, Object>) ((Map<String, Object>) json.get("results")).get("vcl");
        assertTrue(((Map<String, Object>) vcl.get("modes")).keySet().containsAll(Set.of("mean", "stochastic")));
        try (var left = Files.list(dir)) {
            assertEquals(Set.of("4.png", "4.svg", "4.pdf", "4.csv", "4.json"),
                    new HashSet<>(left.map(p -> p.getFileName().toString()).toList()),
                    "the tiny preset's data and runs are temporary");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void figure5RendersBothTasksOfTheSequentialStream(@TempDir Path dir) throws Exception {
        Map<String, Object> json = render("5", dir, false);
        Set<String> series = new HashSet<>();
        for (CSVRecord r : csv(dir.resolve("5.csv"))) {
            if (r.get("panel").equals("vcl")) {
                series.add(r.get("series"));
            }
        }
        assertTrue(series.containsAll(Set.of("MNIST", "Fashion-MNIST", "Fashion-MNIST before training")), series.toString());
        assertEquals("mnist-fmnist", json.get("stream"));
        assertEquals("10.0*tanh(0.1+1.0*t/T)", json.get("beta_schedule"));
        assertEquals("stochastic", ((Map<String, Object>) json.get("shown_eval_mode")).get("vcl"));
    }

    @Test
    void theListingNamesTheDeepFiguresAndTheirCost() {
        String listing = FigureCatalog.PAPER.listing();
        assertTrue(listing.contains("4    permuted MNIST") && listing.contains("4f   permuted Fashion-MNIST")
                && listing.contains("5    MNIST then Fashion-MNIST"), listing);
        assertTrue(listing.contains("measured per epoch with evaluation"), listing);
    }
}
