package vcl.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vcl.experiments.io.OutputFormat;
import vcl.experiments.simulate.Task1Simulate;
import vcl.experiments.simulate.Task1SimulateRequest;
import vcl.experiments.simulate.TrainingChoices;
import vcl.experiments.solve.Task1Solve;
import vcl.experiments.spec.RunSettings;
import vcl.experiments.spec.SolverSettings;
import vcl.experiments.spec.Task1SimulateSpec;
import vcl.experiments.spec.Task1SolveSpec;
import vcl.sim.optim.OptimizerKind;
import vcl.sim.optim.OptimizerOptions;
import vcl.sim.optim.WeightDecay;
import vcl.sim.run.SgdConfig;
import vcl.sim.run.Task1Config;
import vcl.theory.prior.Priors;

class SweepRunnerTest {

    private static final String SOLVE = """
            command: solve task1
            parameters:
              beta: [10, 20]
              alpha: [0.2, 0.4, 0.6]
            """;

    private static SweepSpec spec(String text) throws Exception {
        return SweepSpecReader.parse(text, SpecFormat.YAML, "t");
    }

    private static List<String> lines(Path csv) throws Exception {
        return Files.readAllLines(csv);
    }

    @Test
    void aSolverSweepHasTheRowsOfTheSolveCommandOnEachLinePrefixedByThePointId(@TempDir Path tmp) throws Exception {
        SweepOutcome out = SweepRunner.run(spec(SOLVE), tmp.resolve("s"), Shard.ALL, 2, null);
        assertEquals(6, out.points());
        assertEquals(0, out.notConverged());
        List<String> got = lines(out.csv());
        assertEquals("point_id," + String.join(",", Task1Solve.COLUMNS), got.get(0));
        int id = 0;
        for (double beta : new double[] {10, 20}) {
            String csv = Task1Solve.run(new Task1SolveSpec(new double[] {0.2, 0.4, 0.6}, beta,
                    Priors.FLAT, null, null, false, new SolverSettings(1e-10, 400, false)),
                    new java.io.PrintWriter(java.io.Writer.nullWriter())).table().render(OutputFormat.csv, Map.of());
            List<String> rows = csv.lines().skip(1).toList();
            for (String row : rows) {
                assertEquals(id + "," + row, got.get(1 + id));
                id++;
            }
        }
        assertEquals(7, got.size());
        String manifest = Files.readString(tmp.resolve("s").resolve(SweepDirectory.MANIFEST));
        assertTrue(manifest.contains(spec(SOLVE).hash()) && manifest.contains("\"git_commit\""), manifest);
    }

    @Test
    void aResumedSweepComputesOnlyTheMissingTasksAndWritesTheSameBytes(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("s");
        SweepOutcome first = SweepRunner.run(spec(SOLVE), dir, Shard.ALL, 1, null);
        byte[] whole = Files.readAllBytes(first.csv());
        Files.delete(dir.resolve("tasks").resolve("task-000001.csv"));
        Files.delete(first.csv());
        Files.writeString(dir.resolve("tasks").resolve(".task-000001.csv.123.tmp"), "half a file"); // a kill mid-write
        SweepOutcome second = SweepRunner.run(spec(SOLVE), dir, Shard.ALL, 2, null);
        assertEquals(3, second.computed());
        assertArrayEquals(whole, Files.readAllBytes(second.csv()));
        assertEquals(0, SweepRunner.run(spec(SOLVE), dir, Shard.ALL, 2, null).computed());
    }

    @Test
    void anotherSpecInTheSameFolderIsRefused(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("s");
        SweepRunner.run(spec(SOLVE), dir, Shard.ALL, 1, null);
        SweepFileException e = assertThrows(SweepFileException.class,
                () -> SweepRunner.run(spec(SOLVE.replace("[10, 20]", "[10, 30]")), dir, Shard.ALL, 1, null));
        assertTrue(e.getMessage().contains("another spec"), e.getMessage());
    }

    @Test
    void shardsMergeIntoTheFullCsvAndAMissingOrDoubledTaskIsRefused(@TempDir Path tmp) throws Exception {
        String text = SOLVE.replace("[10, 20]", "[10, 20, 40]");
        byte[] whole = Files.readAllBytes(SweepRunner.run(spec(text), tmp.resolve("all"), Shard.ALL, 2, null).csv());
        SweepOutcome a = SweepRunner.run(spec(text), tmp.resolve("a"), Shard.parse("1/2"), 1, null);
        SweepOutcome b = SweepRunner.run(spec(text), tmp.resolve("b"), Shard.parse("2/2"), 1, null);
        assertEquals(9, a.points() + b.points());
        assertEquals(4, lines(b.csv()).size()); // the header and task 1: one row per load
        Path merged = tmp.resolve("merged.csv");
        assertEquals(3, SweepMerge.merge(List.of(tmp.resolve("b"), tmp.resolve("a")), merged));
        assertArrayEquals(whole, Files.readAllBytes(merged));
        SweepFileException missing = assertThrows(SweepFileException.class,
                () -> SweepMerge.merge(List.of(tmp.resolve("a")), tmp.resolve("m2.csv")));
        assertTrue(missing.getMessage().contains("1 of 3 tasks are missing"), missing.getMessage());
        SweepFileException doubled = assertThrows(SweepFileException.class,
                () -> SweepMerge.merge(List.of(tmp.resolve("a"), tmp.resolve("b"), tmp.resolve("all")), tmp.resolve("m3.csv")));
        assertTrue(doubled.getMessage().contains("in two folders"), doubled.getMessage());
        SweepRunner.run(spec(SOLVE), tmp.resolve("other"), Shard.ALL, 1, null);
        assertThrows(SweepFileException.class,
                () -> SweepMerge.merge(List.of(tmp.resolve("a"), tmp.resolve("other")), tmp.resolve("m4.csv")));
    }

    @Test
    void aSimulationSweepPointHasTheRowsOfTheCommandRunOverAllLoadsAtOnce(@TempDir Path tmp) throws Exception {
        SweepOutcome out = SweepRunner.run(spec("""
                command: simulate task1
                parameters:
                  alpha: [0.5, 1.0]
                  n: 60
                  seeds: 2
                  epochs: 10
                  record-every: 5
                  test-size: 200
                  seed: 3
                """), tmp.resolve("s"), Shard.ALL, 2, null);
        SgdConfig training = new SgdConfig(OptimizerKind.of("sgd").spec(new OptimizerOptions(0.03, 0.9, WeightDecay.NONE)),
                0, 10, false, 5, false);
        Task1SimulateSpec grid = new Task1SimulateSpec(new double[] {0.5, 1.0}, 2);
        String csv = Task1Simulate.run(new Task1SimulateRequest(grid, new Task1Config(60, 0.5, 1, training, 0, null, 200),
                null, new RunSettings(3, 1), new TrainingChoices("sgd", 5, false)),
                new java.io.PrintWriter(java.io.Writer.nullWriter())).table().render(OutputFormat.csv, Map.of());
        List<String> expected = csv.lines().skip(1).toList();
        List<String> got = lines(out.csv());
        assertEquals(expected.size() + 1, got.size());
        for (int i = 0; i < expected.size(); i++) {
            String point = expected.get(i).startsWith("0.5,") ? "0," : "1,";
            assertEquals(point + expected.get(i), got.get(i + 1));
        }
    }
}
