package vcl.sim.run;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of perceptron tasks learned one after the other by one learner. The first task draws
 * its own teacher and cannot refer to a previous one (no correlated teacher, no KL to previous).
 *
 * @param learner the field-space perceptron (N, β_f)
 * @param tasks   the tasks in order, at least one
 */
public record TaskSequence(FieldPerceptron learner, List<TaskSpec> tasks) {

    public TaskSequence {
        if (learner == null || tasks == null || tasks.isEmpty()) {
            throw new IllegalArgumentException("a task sequence needs a learner and at least one task");
        }
        tasks = List.copyOf(tasks);
        if (tasks.get(0).needsPrevious()) {
            throw new IllegalArgumentException("the first task cannot refer to a previous task (correlated teacher"
                    + " or KL to previous fields)");
        }
        for (TaskSpec t : tasks) {
            learner.examples(t);
        }
    }

    /** Number of tasks. */
    public int size() {
        return tasks.size();
    }

    /** Task t (1-based). */
    public TaskSpec task(int t) {
        return tasks.get(t - 1);
    }

    /** This sequence followed by one more task. */
    public TaskSequence then(TaskSpec next) {
        List<TaskSpec> all = new ArrayList<>(tasks);
        all.add(next);
        return new TaskSequence(learner, all);
    }

    /** Runs every task, task t with {@code runSeeds[t − 1]}, each through {@code store}. */
    public FieldPerceptron.State run(long[] runSeeds, SequenceRun.Store store) {
        return SequenceRun.run(learner, tasks, runSeeds, store);
    }
}
