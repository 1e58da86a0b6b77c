package vcl.experiments.cl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vcl.experiments.io.Json;
import vcl.experiments.spec.ClRunSpec;
import vcl.experiments.spec.UserInputException;

/** The harness's bookkeeping with a learner that does not train: rows, files, resumption, divergence. */
class ClRunHarnessTest {

    @TempDir
    Path dir;

    private static final class Interrupt extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private ClResult run(ClRunSpec spec, int divergeAt, ClRun.EpochHook hook, StringWriter err) throws IOException {
        return ClRun.run(spec, (s, shape) -> FakeLearner.factory(divergeAt), hook, new PrintWriter(err, true));
    }

    private ClResult run(ClRunSpec spec) throws IOException {
        return run(spec, 0, (s, g) -> { }, new StringWriter());
    }

    @Test
    void writesEveryTaskAfterEveryEpochInEveryMode() throws IOException {
        Path data = TinyStreams.write(dir.resolve("data"));
        Path out = dir.resolve("run");
        StringWriter err = new StringWriter();
        ClResult result = run(TinyStreams.spec(data, out, 3, 2, 1, 0.01), 0, (s, g) -> { }, err);
        List<String> lines = Files.readAllLines(out.resolve(ClRun.ACCURACY_CSV));
        assertEquals("method,seed,after_task,epoch,beta,eval_task,eval_mode,accuracy", lines.get(0));
        assertEquals(1 + 2 * 2 * 3 * (1 + 3 * 2), lines.size());   // seeds · modes · tasks · (1 + tasks · epochs)
        assertEquals("vcl,0,0,0," + result.spec().beta().beta(1, 6) + ",1,mean,", lines.get(1).replaceAll("[^,]*$", ""));
        assertFalse(result.diverged());
        assertTrue(err.toString().contains("cl run: seed 1 task 3 epoch 2 beta"), err.toString());

        Map<String, Object> summary = Json.readObject(Files.readString(out.resolve(ClRun.SUMMARY_JSON)));
        assertEquals("cl run", summary.get("command"));
        assertEquals(2, ((List<?>) summary.get("run_seeds")).size());
        Map<?, ?> seed0 = (Map<?, ?>) ((List<?>) summary.get("seeds")).get(0);
        Map<?, ?> mean = (Map<?, ?>) ((Map<?, ?>) seed0.get("modes")).get("mean");
        List<?> r = (List<?>) mean.get("R");
        assertEquals(3, r.size());
        // R[i][j] is the row after the last epoch of task i+1 on task j+1
        double r12 = ((Number) ((List<?>) r.get(0)).get(1)).doubleValue();
        assertEquals(r12, result.rows().stream().filter(x -> x.seed() == 0 && x.afterTask() == 1 && x.epoch() == 2
                && x.evalTask() == 2 && x.mode() == vcl.sim.mlp.EvalMode.MEAN).findFirst().orElseThrow().accuracy());
        double[][] matrix = ClSummary.matrix(result.seeds().get(0).progress(), vcl.sim.mlp.EvalMode.MEAN, result.spec());
        ContinualMetrics m = ContinualMetrics.of(matrix,
                ClSummary.initial(result.seeds().get(0).progress(), vcl.sim.mlp.EvalMode.MEAN, result.spec()));
        assertEquals(m.acc(), ((Number) mean.get("acc")).doubleValue());
        assertEquals(m.bwt(), ((Number) mean.get("bwt")).doubleValue());
        Map<?, ?> over = (Map<?, ?>) ((Map<?, ?>) summary.get("over_seeds")).get("stochastic");
        assertEquals(2, over.get("seeds"));
        List<?> files = (List<?>) ((Map<?, ?>) summary.get("data")).get("files");
        assertEquals(4, files.size());   // permuted MNIST reads the MNIST files only
    }

    @Test
    void anInterruptedRunResumesToTheSameFiles() throws IOException {
        Path data = TinyStreams.write(dir.resolve("data"));
        Path out = dir.resolve("run");
        ClRunSpec spec = TinyStreams.spec(data, out, 2, 2, 1, 0.01);
        run(spec);
        String csv = Files.readString(out.resolve(ClRun.ACCURACY_CSV));
        String summary = withoutTimes(Files.readString(out.resolve(ClRun.SUMMARY_JSON)));
        deleteTree(out);

        for (int[] stop : new int[][] {{0, 3}, {1, 1}, {1, 3}}) {
            assertThrows(Interrupt.class, () -> run(spec, 0, (s, g) -> {
                if (s == stop[0] && g == stop[1]) {
                    throw new Interrupt();
                }
            }, new StringWriter()));
            assertFalse(Files.exists(out.resolve(ClRun.ACCURACY_CSV)));
        }
        StringWriter err = new StringWriter();
        run(spec, 0, (s, g) -> { }, err);
        assertTrue(err.toString().contains("seed 1 resumes from its checkpoint after epoch 3 of 4"), err.toString());
        assertEquals(csv, Files.readString(out.resolve(ClRun.ACCURACY_CSV)));
        assertEquals(summary, withoutTimes(Files.readString(out.resolve(ClRun.SUMMARY_JSON))));

        run(spec);   // a finished run read again from its checkpoints
        assertEquals(csv, Files.readString(out.resolve(ClRun.ACCURACY_CSV)));
    }

    @Test
    void anotherSpecInTheSameFolderIsRefused() throws IOException {
        Path data = TinyStreams.write(dir.resolve("data"));
        Path out = dir.resolve("run");
        run(TinyStreams.spec(data, out, 2, 1, 1, 0.01));
        UserInputException e = assertThrows(UserInputException.class,
                () -> run(TinyStreams.spec(data, out, 2, 1, 1, 0.02)));
        assertEquals("--out", e.option());
        assertTrue(e.getMessage().contains("lr: 0.01 there, 0.02 here"), e.getMessage());
        // the threads are not part of a run's identity: the numbers do not depend on them
        run(TinyStreams.spec(data, out, 2, 1, 2, 0.01));
    }

    @Test
    void aDivergedSeedStopsWithoutInventedRows() throws IOException {
        Path data = TinyStreams.write(dir.resolve("data"));
        Path out = dir.resolve("run");
        StringWriter err = new StringWriter();
        ClResult result = run(TinyStreams.spec(data, out, 2, 2, 1, 0.01), 3, (s, g) -> { }, err);
        assertTrue(result.diverged());
        // each seed diverges in its third epoch (task 2, epoch 1): the initial evaluation and two epochs remain
        assertEquals(2 * 2 * 2 * (1 + 2), result.rows().size());
        assertTrue(err.toString().contains("seed 0 diverged in task 2, epoch 1"), err.toString());
        assertTrue(err.toString().contains("--lr 0.01"), err.toString());
        Map<String, Object> summary = Json.readObject(Files.readString(out.resolve(ClRun.SUMMARY_JSON)));
        Map<?, ?> seed0 = (Map<?, ?>) ((List<?>) summary.get("seeds")).get(0);
        assertEquals("diverged", seed0.get("status"));
        assertEquals(Map.of("task", 2, "epoch", 1, "beta", result.spec().beta().beta(3, 4)), seed0.get("diverged_at"));
        Map<?, ?> mean = (Map<?, ?>) ((Map<?, ?>) seed0.get("modes")).get("mean");
        assertEquals(null, mean.get("acc"));
        assertEquals(null, ((List<?>) ((List<?>) mean.get("R")).get(1)).get(0), "task 2 never finished");
        assertEquals("diverged", result.table().cell(0, "status"));
    }

    @Test
    void aDamagedCheckpointIsNamedAndItsSeedRerun() throws IOException {
        Path data = TinyStreams.write(dir.resolve("data"));
        Path out = dir.resolve("run");
        ClRunSpec spec = TinyStreams.spec(data, out, 2, 1, 1, 0.01);
        ClResult first = run(spec);
        Path ckpt = Checkpoint.file(out, 1);
        byte[] bytes = Files.readAllBytes(ckpt);
        Files.write(ckpt, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        java.util.List<String> warnings = new java.util.ArrayList<>();
        assertEquals(null, Checkpoint.read(ckpt, "id", 1, 0L, null, warnings::add));
        assertTrue(warnings.get(0).contains("seed-1.ckpt (") && warnings.get(0).contains("starts again"),
                warnings.toString());
        ClResult again = run(spec);
        assertEquals(first.rows(), again.rows(), "the seed is rerun from the start, to the same rows");
    }

    @Test
    void seedsDifferAndEachSeedIsItsOwn() throws IOException {
        Path data = TinyStreams.write(dir.resolve("data"));
        ClResult two = run(TinyStreams.spec(data, dir.resolve("a"), 2, 1, 1, 0.01));
        assertNotEquals(two.seeds().get(0).runSeed(), two.seeds().get(1).runSeed());
        double[] first = two.rows().stream().filter(r -> r.seed() == 0).mapToDouble(AccuracyRow::accuracy).toArray();
        double[] second = two.rows().stream().filter(r -> r.seed() == 1).mapToDouble(AccuracyRow::accuracy).toArray();
        assertFalse(java.util.Arrays.equals(first, second));
        assertArrayEquals(first, two.rows().stream().filter(r -> r.seed() == 0)
                .mapToDouble(AccuracyRow::accuracy).toArray());
    }

    /** The summary without its time stamps and wall times, the only entries a resumed run may change. */
    static String withoutTimes(String json) {
        return json.replaceAll("\"(created|wall_time_seconds)\" *: *[^,\\n]*", "\"$1\": -");
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
