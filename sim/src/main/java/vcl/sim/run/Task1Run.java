package vcl.sim.run;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.SplittableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import vcl.sim.data.MiniBatches;
import vcl.sim.data.Patterns;
import vcl.sim.data.SpinWords;
import vcl.sim.data.Teacher;
import vcl.sim.perceptron.EntropyPrior;
import vcl.sim.perceptron.FieldState;
import vcl.sim.perceptron.GradientTerm;

/**
 * A task-1 simulation: teacher, training set, test set and initial fields {@code h_i ~ N(0,1)} are
 * drawn from four child streams split off the run's generator (in that order), then the fields are
 * trained. After {@link #train()}, the teacher, test set and fields remain available to task 2.
 */
public final class Task1Run {

    private final Task1Config config;
    private final Teacher teacher;
    private final Patterns train;
    private final Patterns test;
    private final FieldState state;
    private final UniformRandomProvider orderRng;
    private RunResult result;

    public Task1Run(Task1Config config, SplittableUniformRandomProvider rng) {
        this.config = config;
        UniformRandomProvider dataRng = rng.split();
        UniformRandomProvider testRng = rng.split();
        UniformRandomProvider initRng = rng.split();
        this.orderRng = rng.split();
        this.teacher = Teacher.random(config.n(), dataRng);
        this.train = Patterns.draw(teacher, config.examples(), dataRng);
        this.test = Patterns.draw(teacher, config.testSize(), testRng);
        this.state = new FieldState(gaussianFields(config.n(), initRng), config.betaField());
    }

    /** Runs task 1 with the generator of {@code seed} ({@link RandomStreams#of}). */
    public static RunResult run(Task1Config config, long seed) {
        return new Task1Run(config, RandomStreams.of(seed)).train();
    }

    static double[] gaussianFields(int n, UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = gauss.sample();
        }
        return h;
    }

    /** Trains (once) and returns the result. */
    public synchronized RunResult train() {
        if (result != null) {
            return result;
        }
        List<GradientTerm> priors = new ArrayList<>();
        if (config.entropyPrior() > 0) {
            priors.add(new EntropyPrior(config.entropyPrior()));
        }
        MiniBatches batches = new MiniBatches(train, config.training().batchSizeFor(train.count()));
        Trainer trainer = new Trainer(state, batches, priors, config.training(), config.selfOverlap(), orderRng);
        long[] signs = new long[SpinWords.words(config.n())];
        result = trainer.train((epoch, s) -> {
            SpinWords.packSigns(s.fields(), s.size(), signs);
            double objective = trainer.loss().value(s, train);
            for (GradientTerm prior : priors) {
                objective += prior.value(s);
            }
            return new EpochRecord(1, epoch, teacher.overlap(signs), Double.NaN, test.errorRate(signs),
                    Double.NaN, s.selfOverlap(), s.meanVariance(), objective / train.count());
        });
        return result;
    }

    public Task1Config config() {
        return config;
    }

    public Teacher teacher() {
        return teacher;
    }

    public Patterns trainingSet() {
        return train;
    }

    public Patterns testSet() {
        return test;
    }

    /** The result, or an exception if {@link #train()} has not run. */
    public synchronized RunResult result() {
        if (result == null) {
            throw new IllegalStateException("task 1 has not been trained");
        }
        return result;
    }
}
