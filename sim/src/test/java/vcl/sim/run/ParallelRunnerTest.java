package vcl.sim.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParallelRunnerTest {

    @Test
    void startOrderIsByDecreasingCostThenIndex() {
        double[] cost = {1, 3, 2, 3, 1};
        assertArrayEquals(new int[] {1, 3, 2, 0, 4}, ParallelRunner.startOrder(cost.length, i -> cost[i]));
    }

    @Test
    void resultsAreInIndexOrderWhateverTheStartOrder() {
        List<Integer> started = Collections.synchronizedList(new ArrayList<>());
        List<Integer> out = new ParallelRunner(2).map(8, i -> {
            started.add(i);
            return i * i;
        }, i -> i, ParallelRunner.Progress.NONE);
        for (int i = 0; i < 8; i++) {
            assertEquals(i * i, out.get(i));
        }
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), started.stream().sorted().toList());
    }
}
