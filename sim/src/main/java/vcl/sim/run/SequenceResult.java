package vcl.sim.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The trajectories of a sequence of tasks, one {@link RunResult} per task in order; every record of
 * task t holds the observables of tasks 1..t.
 *
 * @param tasks one result per task learned, never empty
 */
public record SequenceResult(List<RunResult> tasks) {

    public SequenceResult {
        if (tasks == null || tasks.isEmpty()) {
            throw new IllegalArgumentException("a sequence result holds at least one task");
        }
        tasks = List.copyOf(tasks);
    }

    /** The result of task t (1-based). */
    public RunResult task(int t) {
        return tasks.get(t - 1);
    }

    /** Number of tasks learned. */
    public int size() {
        return tasks.size();
    }

    /** The result of the last task. */
    public RunResult last() {
        return tasks.get(tasks.size() - 1);
    }

    /** This result followed by one more task (null: a sequence of that task alone). */
    static SequenceResult then(SequenceResult before, RunResult next) {
        List<RunResult> all = new ArrayList<>(before == null ? List.of() : before.tasks());
        all.add(next);
        return new SequenceResult(all);
    }
}
