package vcl.experiments.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vcl.experiments.spec.UserInputException;

class SweepGridTest {

    @Test
    void theLoadIsTheInnermostAxisAndEachLineIsOneTask() throws Exception {
        // alpha written first, yet solved along lines: one task per (beta, prior), alpha innermost
        SweepGrid grid = SweepGrid.of(SweepSpecReader.parse("""
                command: solve task1
                parameters:
                  alpha: [0.5, 1, 2]
                  beta: [10, 20]
                  prior: [flat, entropy]
                """, SpecFormat.YAML, "t"));
        assertEquals(4, grid.tasks().size());
        assertEquals(12, grid.points());
        SweepTask third = grid.tasks().get(2);
        assertEquals(20.0, third.fixed().real("beta"));
        assertEquals("flat", third.fixed().text("prior"));
        assertEquals(1e-10, third.fixed().real("tolerance")); // the command's default
        assertEquals(6, third.firstPoint());
        assertArrayEquals(new double[] {0.5, 1, 2}, third.line().get("alpha"));
        assertEquals(7, third.pointOf(List.of(1.0)));
    }

    @Test
    void aSimulationHasOneTaskPerPointInWrittenOrder() throws Exception {
        SweepGrid grid = SweepGrid.of(SweepSpecReader.parse("""
                command: simulate task1
                parameters:
                  alpha: [0.5, 1]
                  n: [50, 100, 200]
                  seeds: 1
                """, SpecFormat.YAML, "t"));
        assertEquals(6, grid.tasks().size());
        assertEquals(1.0, grid.tasks().get(3).fixed().real("alpha"));
        assertEquals(50L, grid.tasks().get(3).fixed().integer("n"));
        assertEquals(3, grid.tasks().get(3).pointOf(List.of()));
    }

    @Test
    void shardsPartitionTheTasks() {
        int tasks = 23;
        int[] seen = new int[tasks];
        for (int k = 1; k <= 5; k++) {
            Shard s = Shard.parse(k + "/5");
            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                if (s.contains(i)) {
                    seen[i]++;
                    mine.add(i);
                }
            }
            assertEquals(k == 1 || k == 2 || k == 3 ? 5 : 4, mine.size());
        }
        for (int c : seen) {
            assertEquals(1, c);
        }
        assertThrows(UserInputException.class, () -> Shard.parse("0/4"));
        assertThrows(UserInputException.class, () -> Shard.parse("5/4"));
        assertThrows(UserInputException.class, () -> Shard.parse("two/4"));
    }
}
