package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vcl.sim.images.DataSetFiles;
import vcl.sim.images.DataSetKind;
import vcl.sim.images.IdxWriter;
import vcl.sim.images.ImageSet;
import vcl.sim.images.SyntheticImages;

/** {@code vcl cl run --method ewc} end to end on tiny IDX files of random 28×28 images. */
class ClRunEwcCommandTest {

    @TempDir
    static Path dir;

    static Path data;

    @BeforeAll
    static void writeData() throws IOException {
        data = dir.resolve("data");
        long seed = 21;
        for (DataSetKind kind : DataSetKind.values()) {
            Path d = DataSetFiles.directory(data, kind);
            Files.createDirectories(d);
            ImageSet train = SyntheticImages.uniform(256, 28, 28, 10, seed++);
            ImageSet test = SyntheticImages.uniform(40, 28, 28, 10, seed++);
            IdxWriter.write(train, d.resolve(DataSetFiles.TRAIN_IMAGES), d.resolve(DataSetFiles.TRAIN_LABELS), false);
            IdxWriter.write(test, d.resolve(DataSetFiles.TEST_IMAGES), d.resolve(DataSetFiles.TEST_LABELS), false);
        }
    }

    private static String[] run(String out, String... more) {
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        String[] base = {"--method", "ewc", "--stream", "permuted-mnist", "--tasks", "2", "--epochs-per-task", "2",
            "--seeds", "2", "--hidden", "16", "--train-size", "256", "--batch", "32", "--data-dir", data.toString(),
            "--out", dir.resolve(out).toString()};
        for (int i = 0; i < base.length; i += 2) {
            options.put(base[i], base[i + 1]);
        }
        for (int i = 0; i < more.length; i += 2) {
            options.put(more[i], more[i + 1]);
        }
        List<String> args = new ArrayList<>(List.of("cl", "run"));
        options.forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        return args.toArray(new String[0]);
    }

    @Test
    void runsWritesItsParametersAndGivesTheSameNumbersForAnyThreads() throws IOException {
        ClRunCommandTest.Outcome one = ClRunCommandTest.vcl(run("one", "--threads", "1"));
        assertEquals(0, one.code(), one.err());
        ClRunCommandTest.Outcome two = ClRunCommandTest.vcl(run("two", "--threads", "2", "--ewc-lambda", "100"));
        assertEquals(0, two.code(), two.err());
        List<String> lines = Files.readAllLines(dir.resolve("one").resolve("accuracy.csv"));
        assertEquals(1 + 2 * 2 * 2 * (1 + 2 * 2), lines.size());   // seeds · modes · tasks · (1 + tasks · epochs)
        assertTrue(lines.get(1).startsWith("ewc,"), lines.get(1));
        assertEquals(Files.readString(dir.resolve("one").resolve("accuracy.csv")),
                Files.readString(dir.resolve("two").resolve("accuracy.csv")));
        String summary = Files.readString(dir.resolve("one").resolve("summary.json"));
        assertTrue(summary.contains("\"ewc_lambda\": 100"), summary);
        assertTrue(summary.contains("\"fisher_samples\": 1000"), summary);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            assertTrue(Double.parseDouble(f[7]) >= 0 && Double.parseDouble(f[7]) <= 1, line);
        }
    }

    @Test
    void resumesFromItsCheckpointsAndRefusesAnotherLambda() throws IOException {
        ClRunCommandTest.Outcome first = ClRunCommandTest.vcl(run("resume", "--seeds", "1", "--epochs-per-task", "1"));
        assertEquals(0, first.code(), first.err());
        String before = Files.readString(dir.resolve("resume").resolve("accuracy.csv"));
        ClRunCommandTest.Outcome again = ClRunCommandTest.vcl(run("resume", "--seeds", "1", "--epochs-per-task", "1"));
        assertEquals(0, again.code(), again.err());
        assertEquals(before, Files.readString(dir.resolve("resume").resolve("accuracy.csv")));
        ClRunCommandTest.Outcome other = ClRunCommandTest.vcl(run("resume", "--seeds", "1", "--epochs-per-task", "1",
                "--ewc-lambda", "5"));
        assertEquals(2, other.code());
        assertTrue(other.err().contains("ewc_lambda"), other.err());
    }

    @Test
    void aNegativeLambdaExitsTwoWithOneLine() {
        ClRunCommandTest.Outcome o = ClRunCommandTest.vcl(run("bad", "--ewc-lambda", "-1"));
        assertEquals(2, o.code());
        assertEquals(1, o.err().lines().count(), o.err());
    }
}
