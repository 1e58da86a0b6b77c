package vcl.sim.run;

import java.util.List;
import vcl.sim.perceptron.SelfOverlapSchedule;
import vcl.sim.spec.Ranges;

/**
 * One teacher-student task of a sequence for the field-space perceptron: its data stream (a
 * teacher, P = round(αN) training examples, a fresh test set) and how it is trained.
 *
 * @param alpha       load α = P/N, a finite number > 0
 * @param teacher     fresh, or correlated with the previous task's teacher
 * @param testSize    size of the task's test set, ≥ 1
 * @param training    optimizer and schedule
 * @param priors      prior terms added to the data loss (empty for none)
 * @param selfOverlap q* schedule enforced after every step ("slow SGD"), or null for free training
 */
public record TaskSpec(double alpha, TeacherSpec teacher, int testSize, SgdConfig training, List<PriorSpec> priors,
                       SelfOverlapSchedule selfOverlap) {

    public TaskSpec {
        Ranges.positive("alpha", alpha);
        Ranges.atLeast("test-size", testSize, 1);
        if (teacher == null || training == null) {
            throw new IllegalArgumentException("a task needs a teacher and a training configuration");
        }
        priors = List.copyOf(priors);
    }

    /** Whether the task refers to the one before it (correlated teacher or KL prior). */
    public boolean needsPrevious() {
        return teacher.needsPrevious() || priors.stream().anyMatch(PriorSpec::needsPrevious);
    }
}
