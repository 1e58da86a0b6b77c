package vcl.experiments.cl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vcl.experiments.spec.ClRunSpec;

/**
 * The variational MLP (16-8-10 on random 4×4 images) killed after an epoch and resumed from its
 * checkpoints ends with the files of an uninterrupted run, byte for byte but for the time stamps:
 * the checkpoint holds everything the next epoch depends on.
 */
class ClRunResumeTest {

    @TempDir
    Path dir;

    private static final class Kill extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aKilledRunOfTheVariationalMlpResumesToTheSameFiles() throws IOException {
        Path data = TinyStreams.write(dir.resolve("data"));
        Path out = dir.resolve("run");
        ClRunSpec spec = TinyStreams.spec(data, out, 2, 2, 1, 0.01);
        ClRun.run(spec, new PrintWriter(new StringWriter()));
        String csv = Files.readString(out.resolve(ClRun.ACCURACY_CSV));
        String summary = ClRunHarnessTest.withoutTimes(Files.readString(out.resolve(ClRun.SUMMARY_JSON)));
        try (var paths = Files.walk(out)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        // killed after epoch 2 (the end of task 1: the task-boundary state must survive) and after epoch 3 of seed 1
        for (int[] stop : new int[][] {{0, 2}, {1, 3}}) {
            assertThrows(Kill.class, () -> ClRun.run(spec, Learners::of, (s, g) -> {
                if (s == stop[0] && g == stop[1]) {
                    throw new Kill();
                }
            }, new PrintWriter(new StringWriter())));
        }
        StringWriter err = new StringWriter();
        ClRun.run(spec, new PrintWriter(err, true));
        assertTrue(err.toString().contains("seed 1 resumes from its checkpoint after epoch 3 of 4"), err.toString());
        assertEquals(csv, Files.readString(out.resolve(ClRun.ACCURACY_CSV)));
        assertEquals(summary, ClRunHarnessTest.withoutTimes(Files.readString(out.resolve(ClRun.SUMMARY_JSON))));
    }
}
