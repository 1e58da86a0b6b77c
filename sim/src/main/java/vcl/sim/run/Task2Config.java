package vcl.sim.run;

import java.util.List;
import vcl.sim.data.Patterns;
import vcl.sim.spec.Ranges;

/**
 * One task-2 simulation: after task 1, the student learns α2·N examples of a second teacher of
 * overlap r0 with the first, starting from the task-1 fields, with γ·KL(Q_h ‖ Q_{h1}) as prior;
 * the two-task case of a {@link TaskSequence}.
 *
 * @param task1    the first task (N, β_f, test size are shared)
 * @param alpha2   load of task 2, > 0
 * @param r0       teacher overlap parameter in [-1, 1]
 * @param gamma    KL strength γ ≥ 0 (its gradient is weighted by batch/P2 in each mini-batch)
 * @param training optimizer and schedule of task 2
 */
public record Task2Config(Task1Config task1, double alpha2, double r0, double gamma, SgdConfig training) {

    public Task2Config {
        if (task1 == null || training == null) {
            throw new IllegalArgumentException("task-1 and task-2 training configurations are required");
        }
        Ranges.positive("alpha2", alpha2);
        Ranges.within("r0", r0, -1, 1);
        Ranges.nonNegative("gamma", gamma);
        Patterns.countForLoad("alpha2", alpha2, task1.n());
    }

    /** Task 2: a teacher of overlap r0 with the first, γ·KL to the task-1 fields when γ > 0. */
    public TaskSpec task2() {
        List<PriorSpec> priors = gamma > 0 ? List.of(new PriorSpec.KlToPrevious(gamma)) : List.of();
        return new TaskSpec(alpha2, new TeacherSpec.Correlated(r0), task1.testSize(), training, priors, null);
    }

    /** The two-task sequence. */
    public TaskSequence sequence() {
        return task1.sequence().then(task2());
    }
}
