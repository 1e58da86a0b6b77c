package vcl.experiments.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import vcl.experiments.io.DataTable;
import vcl.experiments.spec.QStarRamp;
import vcl.experiments.spec.RunSettings;
import vcl.experiments.spec.Task1SimulateSpec;
import vcl.experiments.spec.Task2SimulateSpec;
import vcl.sim.optim.OptimizerSpec;
import vcl.sim.run.SgdConfig;
import vcl.sim.run.Task1Config;
import vcl.sim.run.Task2Config;

/** The simulate computations return the rows of the CLI contract, the same for any number of threads. */
class SimulateContractTest {

    private static final SgdConfig TRAINING = new SgdConfig(OptimizerSpec.momentum(0.03, 0.9), 0, 6, false, 3, false);
    private static final Task1Config RUN = new Task1Config(60, 0.5, 1, TRAINING, 0, null, 200);
    private static final PrintWriter QUIET = new PrintWriter(new StringWriter());

    private static SimulateTable task1(int threads, boolean finalOnly) {
        return Task1Simulate.run(new Task1SimulateRequest(Task1SimulateSpec.of("0.5,1", 2), RUN, null,
                new RunSettings(5, threads), new TrainingChoices("sgd", 3, finalOnly)), QUIET);
    }

    @Test
    void task1RowsHaveTheContractColumnsOneRowPerRecordedEpoch() {
        SimulateTable all = task1(1, false);
        assertEquals(List.of("alpha", "n", "seed", "epoch", "p", "eps_g", "eps_test", "qstar", "loss",
                "diverged"),
                all.table().columns());
        assertEquals(2 * 2 * 3, all.table().size());   // epochs 0, 3, 6 of 2 loads x 2 seeds
        assertEquals(2 * 2, task1(1, true).table().size());
        assertEquals(csv(all.table()), csv(task1(2, false).table()));
        assertEquals(5L, all.provenance().get("master_seed"));
        assertEquals(2, ((List<?>) all.provenance().get("run_seeds")).size());
        assertEquals("simulate task1", all.provenance().get("command"));
    }

    @Test
    void task2RowsHaveTheContractColumnsForBothPhases() {
        Task2Config template = new Task2Config(RUN.withAlpha(1), 0.5, 0, 1, TRAINING);
        SimulateTable t = Task2Simulate.run(new Task2SimulateRequest(Task2SimulateSpec.of(1, "0.5,1", "0,0.5", 1, 2),
                template, new RunSettings(5, 2), new TrainingChoices("sgd", 3, true)), QUIET);
        assertEquals(List.of("alpha1", "alpha2", "r0", "gamma", "n", "seed", "phase", "epoch", "p1", "p2", "eps_g1",
                "eps_g2", "qstar", "loss", "diverged"), t.table().columns());
        assertEquals(4 * 2 * 2, t.table().size());   // 4 points x 2 seeds x (last row of phase 1, of phase 2)
        assertTrue(Double.isNaN((Double) t.table().cell(0, "p2")), "phase 1 has no second teacher");
    }

    @Test
    void aRequestIsConsistentWithItsGrid() {
        assertThrows(IllegalArgumentException.class, () -> new Task1SimulateRequest(Task1SimulateSpec.of("1", 1), RUN,
                QStarRamp.parse("0.9:0.5:10"), new RunSettings(1, 1), new TrainingChoices("sgd", 3, false)));
        Task2Config template = new Task2Config(RUN, 0.5, 0, 1, TRAINING);
        assertThrows(IllegalArgumentException.class, () -> new Task2SimulateRequest(
                Task2SimulateSpec.of(1, "0.5", "0", 1, 1), template, new RunSettings(1, 1),
                new TrainingChoices("sgd", 3, false)));
    }

    private static String csv(DataTable table) {
        return table.render(vcl.experiments.io.OutputFormat.csv, java.util.Map.of());
    }
}
