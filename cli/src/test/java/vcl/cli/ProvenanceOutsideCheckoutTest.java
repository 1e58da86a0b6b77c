package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vcl.experiments.io.Json;
import vcl.experiments.io.VersionInfo;

/**
 * The records' provenance comes from the build, not from the folder a command runs in: the command
 * line runs as its own process (java, this classpath, {@code vcl.cli.Vcl}) in a folder outside the
 * checkout, with a git repository of its own there, and still reports the build's commit and dirty
 * flag, the version, the full command line and the run time.
 */
class ProvenanceOutsideCheckoutTest {

    private static String run(Path folder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "vcl.cli.Vcl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(folder.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command did not finish");
        assertEquals(0, p.exitValue(), String.join(" ", args));
        return new String(out, StandardCharsets.UTF_8);
    }

    /** A folder that looks like another git checkout: its own HEAD at another commit. */
    private static Path foreignCheckout(Path dir) throws IOException {
        Path git = Files.createDirectories(dir.resolve(".git"));
        Files.writeString(git.resolve("HEAD"), "0123456789abcdef0123456789abcdef01234567\n");
        return dir;
    }

    @Test
    void solveAndSimulateRecordTheBuildNotTheWorkingFolder(@TempDir Path dir) throws Exception {
        Path folder = foreignCheckout(dir);
        Map<String, Object> solve = Json.readObject(run(folder, "solve", "task1", "--alpha", "0.5,1", "--format", "json"));
        Map<String, Object> simulate = Json.readObject(run(folder, "simulate", "task1", "--alpha", "1", "--n", "50",
                "--epochs", "2", "--seeds", "2", "--threads", "1", "--format", "json"));
        for (Map<String, Object> record : List.of(solve, simulate)) {
            assertEquals(VersionInfo.commit(), record.get("git_commit"));
            assertEquals(VersionInfo.dirty(), record.get("git_dirty"));
            assertEquals(VersionInfo.version(), record.get("version"));
            assertTrue(record.get("seconds") instanceof Number, record.toString());
            assertTrue(record.get("non_finite_numbers") instanceof String, record.toString());
        }
        assertEquals("vcl solve task1 --alpha 0.5,1 --format json", solve.get("command_line"));
        assertEquals("vcl simulate task1 --alpha 1 --n 50 --epochs 2 --seeds 2 --threads 1 --format json",
                simulate.get("command_line"));
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) simulate.get("parameters");
        assertEquals(List.of(0, 1), params.get("seeds"));
        assertEquals(List.of(10), params.get("batch_sizes"));
        assertTrue(((List<?>) simulate.get("run_seeds")).get(0) instanceof Number, simulate.toString());
    }
}
