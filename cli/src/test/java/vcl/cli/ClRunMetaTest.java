package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vcl.sim.images.DataSetFiles;
import vcl.sim.images.DataSetKind;
import vcl.sim.images.IdxWriter;
import vcl.sim.images.ImageSet;
import vcl.sim.images.SyntheticImages;

/** {@code vcl cl run --method meta} and {@code bnn} end to end on tiny IDX files of random 28×28 images. */
class ClRunMetaTest {

    @TempDir
    static Path dir;

    static Path data;

    @BeforeAll
    static void writeData() throws IOException {
        data = dir.resolve("data");
        long seed = 5;
        for (DataSetKind kind : DataSetKind.values()) {
            Path d = DataSetFiles.directory(data, kind);
            Files.createDirectories(d);
            ImageSet train = SyntheticImages.uniform(300, 28, 28, 10, seed++);
            ImageSet test = SyntheticImages.uniform(50, 28, 28, 10, seed++);
            IdxWriter.write(train, d.resolve(DataSetFiles.TRAIN_IMAGES + ".gz"),
                    d.resolve(DataSetFiles.TRAIN_LABELS + ".gz"), true);
            IdxWriter.write(test, d.resolve(DataSetFiles.TEST_IMAGES), d.resolve(DataSetFiles.TEST_LABELS), false);
        }
    }

    private static ClRunCommandTest.Outcome run(String method, String out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("cl", "run", "--method", method,
                "--stream", "permuted-mnist", "--tasks", "2", "--epochs-per-task", "2", "--seeds", "1",
                "--hidden", "16", "--train-size", "256", "--batch", "32", "--format", "json",
                "--data-dir", data.toString(), "--out", dir.resolve(out).toString()));
        args.addAll(List.of(more));
        return ClRunCommandTest.vcl(args.toArray(new String[0]));
    }

    @Test
    void metaAndBnnRunWithTheirOwnParametersAndTheSameNumbersForAnyThreads() throws IOException {
        for (String method : List.of("meta", "bnn")) {
            ClRunCommandTest.Outcome one = run(method, method + "1", "--threads", "1");
            assertEquals(0, one.code(), one.err());
            ClRunCommandTest.Outcome two = run(method, method + "2", "--threads", "2");
            assertEquals(0, two.code(), two.err());
            List<String> lines = Files.readAllLines(dir.resolve(method + "1").resolve("accuracy.csv"));
            // seeds · modes · tasks · (1 + tasks · epochs)
            assertEquals(1 + 2 * 2 * (1 + 2 * 2), lines.size(), String.join("\n", lines));
            assertTrue(lines.get(1).startsWith(method + ",0,"), lines.get(1));
            assertEquals(Files.readString(dir.resolve(method + "1").resolve("accuracy.csv")),
                    Files.readString(dir.resolve(method + "2").resolve("accuracy.csv")));
            String provenance = Files.readString(dir.resolve(method + "1").resolve("summary.json"));
            assertTrue(provenance.contains("\"lr\": 0.005"), provenance);
            assertTrue(provenance.contains("\"meta_m\": " + (method.equals("meta") ? "1.35" : "0.0")), provenance);
            assertTrue(provenance.contains("\"optimizer_reset\""), provenance);
        }
    }

    @Test
    void aBatchOfOneIsRefusedWithOneLine() {
        ClRunCommandTest.Outcome o = ClRunCommandTest.vcl("cl", "run", "--method", "meta", "--stream",
                "permuted-mnist", "--tasks", "1", "--epochs-per-task", "1", "--hidden", "16", "--train-size", "256",
                "--batch", "1", "--data-dir", data.toString(), "--out", dir.resolve("one").toString());
        assertEquals(2, o.code(), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith("vcl: error: --batch"), o.err());
    }
}
