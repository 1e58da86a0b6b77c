package vcl.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vcl.experiments.cl.ClResult;
import vcl.experiments.cl.ClRun;
import vcl.experiments.cl.ContinualMetrics;
import vcl.experiments.spec.BaselineSettings;
import vcl.experiments.spec.ClMethod;
import vcl.experiments.spec.ClRunSpec;
import vcl.experiments.spec.UserInputException;
import vcl.sim.images.DataSetFiles;
import vcl.sim.images.DataSetKind;
import vcl.sim.images.IdxWriter;
import vcl.sim.images.ImageSet;
import vcl.sim.images.SyntheticImages;
import vcl.sim.images.TaskStream;
import vcl.sim.mlp.EvalMode;
import vcl.sim.mlp.KlAnchor;

/**
 * {@code cl run} swept over two learning rates × two methods on tiny IDX data sets (random 4×4
 * images): each point's rows are the ACC, BWT and FWT of the same run made directly with
 * {@link ClRun}, and a sweep whose last point lost its stored rows resumes from that point's run folder.
 */
class SweepClRunTest {

    private static final String SPEC = """
            command: cl run
            parameters:
              method: [vcl, meta]
              lr: [0.01, 0.02]
              stream: permuted-mnist
              tasks: 2
              epochs-per-task: 1
              seeds: 2
              seed: 5
              train-size: 64
              batch: 16
              batches-per-epoch: 4
              hidden: "8"
              samples: 3
              data-dir: DATA
            """;

    /** MNIST and Fashion-MNIST look-alikes of random 4×4 images under {@code root}. */
    private static Path tinyData(Path root) throws Exception {
        long seed = 11;
        for (DataSetKind kind : DataSetKind.values()) {
            Path dir = DataSetFiles.directory(root, kind);
            Files.createDirectories(dir);
            ImageSet train = SyntheticImages.uniform(96, 4, 4, 10, seed++);
            ImageSet test = SyntheticImages.uniform(40, 4, 4, 10, seed++);
            IdxWriter.write(train, dir.resolve(DataSetFiles.TRAIN_IMAGES), dir.resolve(DataSetFiles.TRAIN_LABELS), false);
            IdxWriter.write(test, dir.resolve(DataSetFiles.TEST_IMAGES), dir.resolve(DataSetFiles.TEST_LABELS), false);
        }
        return root;
    }

    private static SweepSpec spec(Path data) throws Exception {
        return SweepSpecReader.parse(SPEC.replace("DATA", "'" + data + "'"), SpecFormat.YAML, "t");
    }

    /** The run of one point, written out option by option as {@code vcl cl run} would build it. */
    private static ClResult direct(Path data, Path out, ClMethod method, double lr) throws Exception {
        return direct(data, out, method, lr, new PrintWriter(Writer.nullWriter()));
    }

    private static ClResult direct(Path data, Path out, ClMethod method, double lr, PrintWriter err) throws Exception {
        ClRunSpec spec = new ClRunSpec(method, TaskStream.PERMUTED_MNIST, 2, 1, 2, 5, 1, 64, 16, 4, lr, 1,
                KlAnchor.STREAMING, ClRunSpec.beta(TaskStream.PERMUTED_MNIST, null, null),
                List.of(EvalMode.MEAN, EvalMode.STOCHASTIC), 3, List.of(8), data, out, new BaselineSettings(1.35, 100));
        return ClRun.run(spec, err);
    }

    /** A stderr that stops the run (as a kill would) when it is told that {@code line} is done. */
    private static PrintWriter killedAfter(String line) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] text, int off, int len) {
                if (new String(text, off, len).startsWith(line)) {
                    throw new IllegalStateException("killed");
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    @Test
    void eachPointHasTheMetricsOfItsDirectRunAndALostPointResumesFromItsRunFolder(@TempDir Path tmp) throws Exception {
        Path data = tinyData(tmp.resolve("data"));
        Path dir = tmp.resolve("sweep");
        SweepOutcome out = SweepRunner.run(spec(data), dir, Shard.ALL, 2, null);
        assertEquals(4, out.points());
        assertEquals(0, out.notConverged());
        List<String> got = Files.readAllLines(out.csv());
        assertEquals("point_id,lr,method,stream,seed_index,run_seed,eval_mode,status,acc,bwt,fwt", got.get(0));
        assertEquals(1 + 4 * 2 * 2, got.size());
        int line = 1;
        int point = 0;
        for (ClMethod method : List.of(ClMethod.VCL, ClMethod.META)) {
            for (double lr : new double[] {0.01, 0.02}) {
                ClResult run = direct(data, tmp.resolve("direct-" + point), method, lr);
                for (ClResult.SeedOutcome s : run.seeds()) {
                    for (EvalMode mode : List.of(EvalMode.MEAN, EvalMode.STOCHASTIC)) {
                        String[] cells = got.get(line++).split(",", -1);
                        assertEquals(List.of(Integer.toString(point), Double.toString(lr), method.id(), "permuted-mnist",
                                Integer.toString(s.seed()), Long.toString(s.runSeed()), mode.id(), "finished"),
                                List.of(cells).subList(0, 8));
                        ContinualMetrics m = run.metrics(s, mode);
                        assertEquals(m.acc(), Double.parseDouble(cells[8]), 0.0);
                        assertEquals(m.bwt(), Double.parseDouble(cells[9]), 0.0);
                        assertEquals(m.fwt(), Double.parseDouble(cells[10]), 0.0);
                    }
                }
                Path runFolder = dir.resolve("points").resolve(String.format("%06d", point));
                assertEquals(Files.readString(tmp.resolve("direct-" + point).resolve(ClRun.ACCURACY_CSV)),
                        Files.readString(runFolder.resolve(ClRun.ACCURACY_CSV)));
                point++;
            }
        }

        byte[] whole = Files.readAllBytes(out.csv());
        Path checkpoint = dir.resolve("points").resolve("000003").resolve("checkpoints").resolve("seed-1.ckpt");
        byte[] trained = Files.readAllBytes(checkpoint);
        Files.delete(dir.resolve("tasks").resolve("task-000003.csv"));
        Files.delete(out.csv());
        Files.delete(dir.resolve("points").resolve("000003").resolve(ClRun.SUMMARY_JSON));
        SweepOutcome resumed = SweepRunner.run(spec(data), dir, Shard.ALL, 2, null);
        assertEquals(1, resumed.computed());
        assertArrayEquals(whole, Files.readAllBytes(resumed.csv()));
        assertArrayEquals(trained, Files.readAllBytes(checkpoint), "the finished run is read back, not trained again");
        assertTrue(Files.isRegularFile(dir.resolve("points").resolve("000003").resolve(ClRun.SUMMARY_JSON)));

        // the sweep killed in the middle of point 3: seed 1 checkpointed after its first epoch of two
        Path killed = tmp.resolve("killed");
        assertThrows(IllegalStateException.class,
                () -> direct(data, killed, ClMethod.META, 0.02, killedAfter("cl run: seed 1 task 1 epoch 1 ")));
        assertTrue(Files.isRegularFile(killed.resolve("checkpoints").resolve("seed-1.ckpt")));
        assertTrue(!Files.exists(killed.resolve(ClRun.ACCURACY_CSV)));
        Path point3 = dir.resolve("points").resolve("000003");
        deleteTree(point3);
        copyTree(killed, point3);
        Files.delete(dir.resolve("tasks").resolve("task-000003.csv"));
        Files.delete(out.csv());
        assertEquals(1, SweepRunner.run(spec(data), dir, Shard.ALL, 1, null).computed());
        assertArrayEquals(whole, Files.readAllBytes(out.csv()));
    }

    private static void deleteTree(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }

    @Test
    void aBadValueOfAPointIsRefusedBeforeAnyRunStarts(@TempDir Path tmp) throws Exception {
        Path data = tinyData(tmp.resolve("data"));
        SweepSpec spec = SweepSpecReader.parse(SPEC.replace("DATA", "'" + data + "'").replace("[vcl, meta]", "[vcl, sgd]"),
                SpecFormat.YAML, "t");
        UserInputException e = assertThrows(UserInputException.class,
                () -> SweepRunner.run(spec, tmp.resolve("sweep"), Shard.ALL, 1, null));
        assertTrue(e.getMessage().contains("--method"), e.getMessage());
        assertTrue(!Files.exists(tmp.resolve("sweep").resolve("points")));
    }
}
