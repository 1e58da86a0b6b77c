package vcl.sim.run;

import java.util.List;
import org.apache.commons.rng.SplittableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import vcl.sim.data.MiniBatches;
import vcl.sim.data.Patterns;
import vcl.sim.data.SpinWords;
import vcl.sim.data.Teacher;
import vcl.sim.perceptron.FieldState;
import vcl.sim.perceptron.GradientTerm;
import vcl.sim.perceptron.KlPrior;

/**
 * A task-2 simulation after a trained task 1: the second teacher (overlap r0), its training and
 * test sets come from child streams of the given generator (in that order); the fields start at
 * the task-1 fields h1 and are trained on the task-2 data with γ·KL(Q_h ‖ Q_{h1}).
 * Observables are measured against both teachers.
 */
public final class Task2Run {

    private Task2Run() {
    }

    /** Trains task 2; {@code task1} must be trained and is only read. */
    public static RunResult run(Task2Config config, Task1Run task1, SplittableUniformRandomProvider rng) {
        UniformRandomProvider teacherRng = rng.split();
        UniformRandomProvider dataRng = rng.split();
        UniformRandomProvider testRng = rng.split();
        UniformRandomProvider orderRng = rng.split();
        Teacher first = task1.teacher();
        Teacher second = first.correlated(config.r0(), teacherRng);
        Patterns train = Patterns.draw(second, config.examples(), dataRng);
        Patterns test2 = Patterns.draw(second, config.task1().testSize(), testRng);
        Patterns test1 = task1.testSet();
        double[] h1 = task1.result().fields();
        FieldState state = new FieldState(h1, config.task1().betaField());
        List<GradientTerm> priors = config.gamma() > 0 ? List.of(new KlPrior(h1, config.gamma())) : List.of();
        MiniBatches batches = new MiniBatches(train, config.training().batchSizeFor(train.count()));
        Trainer trainer = new Trainer(state, batches, priors, config.training(), null, orderRng);
        long[] signs = new long[SpinWords.words(config.task1().n())];
        return trainer.train((epoch, s) -> {
            SpinWords.packSigns(s.fields(), s.size(), signs);
            double objective = trainer.loss().value(s, train);
            for (GradientTerm prior : priors) {
                objective += prior.value(s);
            }
            return new EpochRecord(2, epoch, first.overlap(signs), second.overlap(signs), test1.errorRate(signs),
                    test2.errorRate(signs), s.selfOverlap(), s.meanVariance(), objective / train.count());
        });
    }
}
