package vcl.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sequences of any number of tasks, and the two-task runs as their case. */
class SequenceRunTest {

    private static final long MASTER = 5L;

    private static Task2Config twoTasks() {
        Task1Config t1 = new Task1Config(150, 1.5, 1.0, SgdConfig.figure1a(12, 4), 0, null, 800);
        return new Task2Config(t1, 1, 0.5, 1, SgdConfig.figure1a(10, 5));
    }

    private static TaskSpec third() {
        return new TaskSpec(0.8, new TeacherSpec.Fresh(), 800, SgdConfig.figure1a(8, 4),
                List.of(new PriorSpec.KlToPrevious(0.5)), null);
    }

    @Test
    void threeTasksRecordThreeErrorsAndTheFirstTwoAreTheTwoTaskRun() {
        Task2Config two = twoTasks();
        TaskSequence seq = two.sequence().then(third());
        long[][] seeds = RandomStreams.runSeeds(MASTER, 2, 3);
        long[][] twoSeeds = RandomStreams.runSeeds(MASTER, 2);
        for (int k = 0; k < 2; k++) {
            assertEquals(twoSeeds[k][0], seeds[k][0]);
            assertEquals(twoSeeds[k][1], seeds[k][1]);
        }
        List<Task2Sweep.Run> reference = Task2Sweep.run(two, new double[] {two.alpha2()}, new double[] {two.r0()}, 2,
                MASTER, new ParallelRunner(1), ParallelRunner.Progress.NONE);
        for (int k = 0; k < 2; k++) {
            SequenceResult r = seq.run(seeds[k], SequenceRun.Store.NONE).result();
            assertEquals(3, r.size());
            for (int t = 1; t <= 3; t++) {
                for (EpochRecord e : r.task(t).trajectory()) {
                    assertEquals(t, e.task());
                    assertEquals(t, e.p().length);
                    assertEquals(t, e.testError().length);
                    assertEquals(t, e.epsG().length);
                }
            }
            assertEquals(List.of(0, 4, 8), r.task(3).trajectory().stream().map(EpochRecord::epoch).toList());
            assertEquals(reference.get(k).task1(), r.task(1));
            assertEquals(reference.get(k).task2(), r.task(2));
            assertEquals(reference.get(k).task2().fields()[7], r.task(2).fields()[7]);
            // task 3 starts where task 2 ended, on the first two teachers as well
            EpochRecord start = r.task(3).trajectory().get(0);
            EpochRecord end2 = r.task(2).last();
            assertEquals(end2.p(1), start.p(1));
            assertEquals(end2.p(2), start.p(2));
            assertTrue(Double.isNaN(end2.p(3)));
            assertThrows(IllegalArgumentException.class, () -> end2.p(0), "tasks are numbered from 1");
        }
    }

    @Test
    void aStoredPrefixIsResumedWithIdenticalNumbers() {
        TaskSequence seq = twoTasks().sequence().then(third());
        long[] seeds = RandomStreams.runSeeds(MASTER, 1, 3)[0];
        Map<String, RunResult> stored = new HashMap<>();
        List<String> computed = new ArrayList<>();
        SequenceRun.Store store = (what, s, compute) -> stored.computeIfAbsent(what + Arrays.toString(s), key -> {
            computed.add(key);
            return compute.get();
        });
        SequenceResult first = seq.run(seeds, store).result();
        assertEquals(3, computed.size());
        SequenceResult again = seq.run(seeds, store).result();
        assertEquals(3, computed.size(), "every task read from the store");
        assertEquals(first, again);
        // a new third task after the stored two: only it is trained, and the first two are unchanged
        TaskSpec other = new TaskSpec(0.8, new TeacherSpec.Correlated(0), 800, SgdConfig.figure1a(8, 4), List.of(), null);
        SequenceResult changed = twoTasks().sequence().then(other).run(seeds, store).result();
        assertEquals(4, computed.size());
        assertEquals(first.task(2), changed.task(2));
        SequenceResult plain = twoTasks().sequence().then(other).run(seeds, SequenceRun.Store.NONE).result();
        assertEquals(plain, changed, "resuming from stored tasks gives the numbers of a full run");
    }

    @Test
    void theFirstTaskCannotReferToAPreviousOne() {
        FieldPerceptron learner = new FieldPerceptron(50, 1);
        TaskSpec correlated = new TaskSpec(1, new TeacherSpec.Correlated(0.5), 10, SgdConfig.figure1a(1, 1), List.of(), null);
        assertThrows(IllegalArgumentException.class, () -> new TaskSequence(learner, List.of(correlated)));
        TaskSpec kl = new TaskSpec(1, new TeacherSpec.Fresh(), 10, SgdConfig.figure1a(1, 1),
                List.of(new PriorSpec.KlToPrevious(1)), null);
        assertThrows(IllegalArgumentException.class, () -> new TaskSequence(learner, List.of(kl)));
        assertThrows(IllegalArgumentException.class, () -> new PriorSpec.KlToPrevious(-1));
    }
}
