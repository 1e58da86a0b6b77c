package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

    private static Path spec(Path dir, String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void runWritesTheCsvAndTheManifestShardsMergeIntoIt(@TempDir Path dir) throws Exception {
        Path file = spec(dir, "s.toml", """
                command = "solve task1"
                [parameters]
                beta = [10, 20]
                alpha = "0.2:0.6:0.2"
                """);
        CliRunner.Result r = CliRunner.run("sweep", "run", file.toString(), "--out", dir.resolve("all").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("6/6 points"), r.err());
        byte[] whole = Files.readAllBytes(dir.resolve("all/results.csv"));
        assertTrue(Files.exists(dir.resolve("all/sweep.json")));
        for (String k : new String[] {"1/2", "2/2"}) {
            assertEquals(0, CliRunner.run("sweep", "run", file.toString(), "--out", dir.resolve("shards").toString(),
                    "--shard", k).exitCode());
        }
        r = CliRunner.run("sweep", "merge", dir.resolve("shards").toString(), "--out", dir.resolve("m.csv").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertArrayEquals(whole, Files.readAllBytes(dir.resolve("m.csv")));
    }

    @Test
    void badSpecsAndAnotherSpecInTheFolderExitWith2AndOneLine(@TempDir Path dir) throws Exception {
        Path good = spec(dir, "a.yaml", "command: solve task1\nparameters:\n  alpha: 0.3\n");
        Path other = spec(dir, "b.yaml", "command: solve task1\nparameters:\n  alpha: 0.4\n");
        Path unknown = spec(dir, "c.yaml", "command: solve task1\nparameters:\n  alpha: 0.4\n  gama: 1\n");
        Path range = spec(dir, "d.yaml", "command: solve task1\nparameters:\n  alpha: [0.4, -1]\n");
        assertEquals(0, CliRunner.run("sweep", "run", good.toString(), "--out", dir.resolve("o").toString()).exitCode());
        String[][] cases = {
            {other.toString(), "holds the sweep of another spec"},
            {unknown.toString(), "has no parameter 'gama'"},
            {range.toString(), "--alpha must be"},
            {dir.resolve("missing.yaml").toString(), "cannot read the sweep file"},
        };
        for (String[] c : cases) {
            String out = c[0].equals(other.toString()) ? "o" : "o-" + Path.of(c[0]).getFileName();
            CliRunner.Result r = CliRunner.run("sweep", "run", c[0], "--out", dir.resolve(out).toString());
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(r.err().contains(c[1]), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
        CliRunner.Result r = CliRunner.run("sweep", "merge", dir.resolve("nothing").toString(), "--out", dir.resolve("x.csv").toString());
        assertEquals(2, r.exitCode(), r.err());
    }
}
