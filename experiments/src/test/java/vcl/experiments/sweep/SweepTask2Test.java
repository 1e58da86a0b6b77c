package vcl.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vcl.experiments.io.OutputFormat;
import vcl.experiments.simulate.Task2Simulate;
import vcl.experiments.simulate.Task2SimulateRequest;
import vcl.experiments.simulate.TrainingChoices;
import vcl.experiments.solve.Task2Solve;
import vcl.experiments.spec.RunSettings;
import vcl.experiments.spec.SolverSettings;
import vcl.experiments.spec.Task2SimulateSpec;
import vcl.experiments.spec.Task2SolveSpec;
import vcl.sim.optim.OptimizerKind;
import vcl.sim.optim.OptimizerOptions;
import vcl.sim.optim.WeightDecay;
import vcl.sim.run.SgdConfig;
import vcl.sim.run.Task1Config;
import vcl.sim.run.Task2Config;

/** Task-2 sweeps have the rows of the task-2 commands run over the same lists. */
class SweepTask2Test {

    private static final PrintWriter QUIET = new PrintWriter(Writer.nullWriter());

    private static List<String> body(String csv) {
        return csv.lines().skip(1).toList();
    }

    private static List<String> withoutPointId(Path csv) throws Exception {
        return Files.readAllLines(csv).stream().skip(1).map(l -> l.substring(l.indexOf(',') + 1)).toList();
    }

    @Test
    void aTask2SolverSweepIsTheSolveCommandOverEveryR0(@TempDir Path tmp) throws Exception {
        SweepOutcome out = SweepRunner.run(SweepSpecReader.parse("""
                command: solve task2
                parameters:
                  alpha1: 1
                  gamma: 1
                  r0: [0, 0.5]
                  alpha2: [0.2, 0.4]
                """, SpecFormat.YAML, "t"), tmp.resolve("s"), Shard.ALL, 2, null);
        String csv = Task2Solve.run(new Task2SolveSpec(1, 20, 1, new double[] {0, 0.5}, new double[] {0.2, 0.4}, false,
                new SolverSettings(1e-10, 400, false)), QUIET).table().render(OutputFormat.csv, Map.of());
        assertEquals(body(csv), withoutPointId(out.csv()));
        assertEquals(List.of("0", "1", "2", "3"),
                Files.readAllLines(out.csv()).stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList());
    }

    @Test
    void aTask2SimulationSweepIsTheSimulateCommandOverTheLineInPointOrder(@TempDir Path tmp) throws Exception {
        SweepOutcome out = SweepRunner.run(SweepSpecReader.parse("""
                command = "simulate task2"
                [parameters]
                alpha1 = 0.5
                gamma = 1
                r0 = [0.0, 0.5]
                alpha2 = [0.5, 1.0]
                n = 40
                seeds = 2
                epochs = 4
                record-every = 2
                test-size = 100
                seed = 5
                """, SpecFormat.TOML, "t"), tmp.resolve("s"), Shard.ALL, 2, null);
        SgdConfig training = new SgdConfig(OptimizerKind.of("sgd").spec(new OptimizerOptions(0.03, 0.9, WeightDecay.NONE)),
                0, 4, false, 2, false);
        Task2SimulateSpec grid = new Task2SimulateSpec(0.5, new double[] {0.5, 1.0}, new double[] {0.0, 0.5}, 1, 2);
        String csv = Task2Simulate.run(new Task2SimulateRequest(grid, new Task2Config(
                new Task1Config(40, 0.5, 1, training, 0, null, 100), 0.5, 0.0, 1, training),
                new RunSettings(5, 1), new TrainingChoices("sgd", 2, false)), QUIET).table().render(OutputFormat.csv, Map.of());
        // the point order: alpha2, then r0 (the line axes in the command's order)
        List<String> expected = new ArrayList<>(body(csv));
        expected.sort(Comparator.comparingInt((String l) -> l.split(",")[1].equals("0.5") ? 0 : 1)
                .thenComparingInt(l -> l.split(",")[2].equals("0.0") ? 0 : 1));
        assertEquals(expected, withoutPointId(out.csv()));
    }
}
