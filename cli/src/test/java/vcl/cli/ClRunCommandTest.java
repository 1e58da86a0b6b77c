package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vcl.sim.images.DataSetFiles;
import vcl.sim.images.DataSetKind;
import vcl.sim.images.IdxWriter;
import vcl.sim.images.ImageSet;
import vcl.sim.images.SyntheticImages;

/** {@code vcl cl run} end to end on tiny IDX files of random 28×28 images. */
class ClRunCommandTest {

    @TempDir
    static Path dir;

    static Path data;

    record Outcome(int code, String out, String err) {
    }

    static Outcome vcl(String... args) {
        CommandLine cl = Vcl.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void writeData() throws IOException {
        data = dir.resolve("data");
        long seed = 3;
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

    /** A tiny permuted-MNIST run into {@code dir/out}; {@code more} adds options or replaces the defaults here. */
    private static String[] run(String out, String... more) {
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        String[] base = {"--stream", "permuted-mnist", "--tasks", "2", "--epochs-per-task", "2", "--seeds", "2",
            "--hidden", "8", "--train-size", "256", "--batch", "32", "--data-dir", data.toString(),
            "--out", dir.resolve(out).toString()};
        for (int i = 0; i < base.length; i += 2) {
            options.put(base[i], base[i + 1]);
        }
        for (int i = 0; i < more.length; i += 2) {
            options.put(more[i], more[i + 1]);
        }
        List<String> args = new java.util.ArrayList<>(List.of("cl", "run"));
        options.forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        return args.toArray(new String[0]);
    }

    @Test
    void writesTheContractFilesAndTheSameNumbersForAnyThreads() throws IOException {
        Outcome one = vcl(run("one", "--threads", "1"));
        assertEquals(0, one.code(), one.err());
        Outcome two = vcl(run("two", "--threads", "2", "--format", "csv"));
        assertEquals(0, two.code(), two.err());
        List<String> lines = Files.readAllLines(dir.resolve("one").resolve("accuracy.csv"));
        assertEquals("method,seed,after_task,epoch,beta,eval_task,eval_mode,accuracy", lines.get(0));
        assertEquals(1 + 2 * 2 * 2 * (1 + 2 * 2), lines.size());   // seeds · modes · tasks · (1 + tasks · epochs)
        assertEquals(Files.readString(dir.resolve("one").resolve("accuracy.csv")),
                Files.readString(dir.resolve("two").resolve("accuracy.csv")));
        assertTrue(Files.exists(dir.resolve("one").resolve("summary.json")));
        assertTrue(one.out().contains("eval_mode"), one.out());
        assertEquals("method,seed,eval_mode,status,acc,bwt,fwt", two.out().lines().findFirst().orElseThrow());
        assertEquals(1 + 2 * 2 + 2 * 2, two.out().lines().count());   // per seed and mode, then mean and std per mode
        assertTrue(one.err().contains("cl run: seed 1 task 2 epoch 2"), one.err());
    }

    @Test
    void mnistThenFashionMnistHasTwoTasks() throws IOException {
        Outcome o = vcl("cl", "run", "--stream", "mnist-fmnist", "--epochs-per-task", "1", "--hidden", "8",
                "--train-size", "64", "--batch", "32", "--eval", "mean", "--format", "json",
                "--data-dir", data.toString(), "--out", dir.resolve("seq").toString());
        assertEquals(0, o.code(), o.err());
        assertEquals(1 + 2 * (1 + 2), Files.readAllLines(dir.resolve("seq").resolve("accuracy.csv")).size());
        assertTrue(o.out().contains("\"lr\": 0.005"), o.out());
    }

    @Test
    void badValuesExitTwoWithOneLine() {
        String[][] bad = {
            {"--lr", "0"},
            {"--eval", "mean,best"},
            {"--train-size", "1000"},
            {"--batch", "0"},
            {"--batches-per-epoch", "9"},
            {"--method", "sgd"},
            {"--beta-rate", "1", "--beta-const", "2"},
            {"--hidden", "8,a"},
            {"--samples", "0"},
            {"--threads", "0"},
            {"--data-dir", dir.resolve("nowhere").toString()},
            {"--out", data.resolve("mnist").resolve(DataSetFiles.TEST_LABELS).resolve("run").toString()},
        };
        for (String[] more : bad) {
            Outcome o = vcl(run("bad", more));
            assertEquals(2, o.code(), String.join(" ", more) + ": " + o.err());
            assertEquals(1, o.err().lines().count(), o.err());
            assertTrue(o.err().startsWith("vcl: error: "), o.err());
        }
        Outcome tasks = vcl("cl", "run", "--stream", "mnist-fmnist", "--tasks", "3", "--out", dir.resolve("x").toString());
        assertEquals(2, tasks.code());
        assertEquals("vcl: error: --tasks must be 2 for --stream mnist-fmnist, got 3", tasks.err().strip());
    }

    @Test
    void anotherRunInTheSameFolderIsRefused() {
        Outcome first = vcl(run("refuse", "--epochs-per-task", "1", "--seeds", "1"));
        assertEquals(0, first.code(), first.err());
        Outcome other = vcl(run("refuse", "--epochs-per-task", "1", "--seeds", "1", "--lr", "0.02"));
        assertEquals(2, other.code());
        assertEquals(1, other.err().lines().count(), other.err());
        assertTrue(other.err().contains("lr: 0.01 there, 0.02 here"), other.err());
    }
}
