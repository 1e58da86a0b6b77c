package vcl.sim.run;

import java.util.List;
import vcl.sim.data.Patterns;
import vcl.sim.perceptron.SelfOverlapSchedule;
import vcl.sim.spec.Ranges;

/**
 * One task-1 simulation: a student of N fields learns P = round(αN) examples of a random teacher;
 * the one-task case of a {@link TaskSequence}.
 *
 * @param n             number of weights N, ≥ 1
 * @param alpha         load α = P/N, > 0
 * @param betaField     field inverse temperature β_f, > 0 (1 in the paper)
 * @param training      optimizer and schedule
 * @param entropyPrior  strength k of the entropy prior k·KL(Q_h ‖ uniform); 0 for none
 * @param selfOverlap   q* schedule enforced after every step ("slow SGD"), or null for free training
 * @param testSize      size of the fresh test set, ≥ 1 (default 10^4)
 */
public record Task1Config(int n, double alpha, double betaField, SgdConfig training, double entropyPrior,
                          SelfOverlapSchedule selfOverlap, int testSize) {

    /** Default size of the test set. */
    public static final int DEFAULT_TEST_SIZE = 10_000;

    public Task1Config {
        if (training == null) {
            throw new IllegalArgumentException("a training configuration is required");
        }
        Ranges.nonNegative("entropy-prior", entropyPrior);
        new FieldPerceptron(n, betaField).examples(new TaskSpec(alpha, new TeacherSpec.Fresh(), testSize, training,
                List.of(), selfOverlap));
    }

    /** The learner: N fields at β_f. */
    public FieldPerceptron learner() {
        return new FieldPerceptron(n, betaField);
    }

    /** The task: a fresh teacher at load α, with the entropy prior when its strength is > 0. */
    public TaskSpec task() {
        List<PriorSpec> priors = entropyPrior > 0 ? List.of(new PriorSpec.Entropy(entropyPrior)) : List.of();
        return new TaskSpec(alpha, new TeacherSpec.Fresh(), testSize, training, priors, selfOverlap);
    }

    /** The one-task sequence. */
    public TaskSequence sequence() {
        return new TaskSequence(learner(), List.of(task()));
    }

    /** The figure-1a protocol at load α: N fields, β_f = 1, momentum SGD lr 0.03, no prior. */
    public static Task1Config figure1a(int n, double alpha, int epochs, int recordEvery) {
        return new Task1Config(n, alpha, 1.0, SgdConfig.figure1a(epochs, recordEvery), 0, null, DEFAULT_TEST_SIZE);
    }

    /** Number of training examples P = round(αN). */
    public int examples() {
        return Patterns.countForLoad(alpha, n);
    }

    /** A copy at another load. */
    public Task1Config withAlpha(double a) {
        return new Task1Config(n, a, betaField, training, entropyPrior, selfOverlap, testSize);
    }
}
