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
import vcl.sim.perceptron.DataLoss;
import vcl.sim.perceptron.FieldState;
import vcl.sim.perceptron.GaussianFieldLoss;
import vcl.sim.perceptron.GradientTerm;
import vcl.sim.spec.Ranges;

/**
 * The field-space binary perceptron as a {@link Learner} of teacher-student tasks: N fields h at
 * inverse temperature β_f, trained on the Gaussian-field loss plus each task's prior terms.
 *
 * <p>Random streams of a task, split off the generator of its run seed in this order: the first task
 * splits data (its teacher, then its training set), test, initial fields {@code h_i ~ N(0,1)} and
 * mini-batch order; every later task splits teacher, data, test and order, and starts from the
 * fields the previous task ended at. Records of task t observe the teachers and test sets of tasks
 * 1..t.
 *
 * @param n         number of weights N, ≥ 1
 * @param betaField field inverse temperature β_f, a finite number > 0 (1 in the paper)
 */
public record FieldPerceptron(int n, double betaField) implements Learner<TaskSpec, FieldPerceptron.State> {

    public FieldPerceptron {
        Ranges.atLeast("n", n, 1);
        Ranges.positive("beta-field", betaField);
    }

    /**
     * The perceptron after some tasks: every task's teacher and test set, the final fields, and
     * every task's trajectory.
     */
    public record State(List<Teacher> teachers, List<Patterns> tests, double[] fields, SequenceResult result)
            implements Learner.State {

        public State {
            teachers = List.copyOf(teachers);
            tests = List.copyOf(tests);
            fields = fields.clone();
        }

        /** The final fields (a copy). */
        @Override
        public double[] fields() {
            return fields.clone();
        }
    }

    /**
     * The data of one task, drawn before its training: the teachers and test sets of every task up
     * to it, its training set, its initial fields and its mini-batch order stream.
     */
    private record Drawn(List<Teacher> teachers, List<Patterns> tests, Patterns train, double[] initialFields,
                         UniformRandomProvider orderRng) {
    }

    /** Number of training examples P = round(αN) of a task. */
    public int examples(TaskSpec task) {
        return Patterns.countForLoad(task.alpha(), n);
    }

    @Override
    public State learn(State before, TaskSpec task, long runSeed) {
        Drawn d = draw(before, task, RandomStreams.of(runSeed));
        FieldState state = new FieldState(d.initialFields(), betaField);
        List<GradientTerm> priors = new ArrayList<>();
        double[] previous = before == null ? null : before.fields;
        task.priors().forEach(p -> p.term(previous).ifPresent(priors::add));
        DataLoss loss = new GaussianFieldLoss(n);
        MiniBatches batches = new MiniBatches(d.train(), task.training().batchSizeFor(d.train().count()));
        Trainer trainer = new Trainer(state, batches, loss, priors, task.training().optimizer().create(n),
                task.training(), task.selfOverlap(), d.orderRng());
        RunResult result = trainer.train(new Observation(d, loss, priors));
        return after(before, d, result);
    }

    @Override
    public State resume(State before, TaskSpec task, long runSeed, RunResult known) {
        if (known.fields().length != n) {
            throw new IllegalArgumentException("a stored result of " + known.fields().length + " fields for N = " + n);
        }
        return after(before, draw(before, task, RandomStreams.of(runSeed)), known);
    }

    /**
     * The observables of the binary student sign(h) on every task so far, and the training objective
     * of the current task.
     */
    private final class Observation implements Trainer.Observer {

        private final List<Teacher> teachers;
        private final List<Patterns> tests;
        private final Patterns train;
        private final DataLoss loss;
        private final List<GradientTerm> priors;
        private final long[] signs = new long[SpinWords.words(n)];

        Observation(Drawn d, DataLoss loss, List<GradientTerm> priors) {
            this.teachers = d.teachers();
            this.tests = d.tests();
            this.train = d.train();
            this.loss = loss;
            this.priors = priors;
        }

        @Override
        public EpochRecord observe(int epoch, FieldState s) {
            SpinWords.packSigns(s.fields(), s.size(), signs);
            double objective = loss.value(s, train);
            for (GradientTerm prior : priors) {
                objective += prior.value(s);
            }
            int number = teachers.size();
            double[] p = new double[number];
            double[] testError = new double[number];
            for (int t = 0; t < number; t++) {
                p[t] = teachers.get(t).overlap(signs);
                testError[t] = tests.get(t).errorRate(signs);
            }
            return new EpochRecord(number, epoch, p, testError, s.selfOverlap(), s.meanVariance(),
                    objective / train.count());
        }

        @Override
        public EpochRecord diverged(int epoch, FieldState s, double lossSeen) {
            return EpochRecord.divergedAt(teachers.size(), epoch, s.selfOverlap(), s.meanVariance(),
                    lossSeen);
        }

        @Override
        public double currentTestError(FieldState s) {
            SpinWords.packSigns(s.fields(), s.size(), signs);
            return tests.get(tests.size() - 1).errorRate(signs);
        }
    }

    /** The state after a task drawn as {@code d} ended with {@code result}. */
    private static State after(State before, Drawn d, RunResult result) {
        return new State(d.teachers(), d.tests(), result.fields(),
                SequenceResult.then(before == null ? null : before.result(), result));
    }

    private Drawn draw(State before, TaskSpec task, SplittableUniformRandomProvider rng) {
        if (before == null) {
            if (task.needsPrevious()) {
                throw new IllegalArgumentException("the first task cannot refer to a previous task");
            }
            UniformRandomProvider dataRng = rng.split();
            UniformRandomProvider testRng = rng.split();
            UniformRandomProvider initRng = rng.split();
            UniformRandomProvider orderRng = rng.split();
            Teacher teacher = task.teacher().draw(n, null, dataRng);
            Patterns train = Patterns.draw(teacher, examples(task), dataRng);
            Patterns test = Patterns.draw(teacher, task.testSize(), testRng);
            return new Drawn(List.of(teacher), List.of(test), train, gaussianFields(n, initRng), orderRng);
        }
        UniformRandomProvider teacherRng = rng.split();
        UniformRandomProvider dataRng = rng.split();
        UniformRandomProvider testRng = rng.split();
        UniformRandomProvider orderRng = rng.split();
        Teacher previous = before.teachers().get(before.teachers().size() - 1);
        Teacher teacher = task.teacher().draw(n, previous, teacherRng);
        Patterns train = Patterns.draw(teacher, examples(task), dataRng);
        Patterns test = Patterns.draw(teacher, task.testSize(), testRng);
        return new Drawn(append(before.teachers(), teacher), append(before.tests(), test), train, before.fields,
                orderRng);
    }

    private static double[] gaussianFields(int n, UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = gauss.sample();
        }
        return h;
    }

    private static <E> List<E> append(List<E> list, E e) {
        List<E> out = new ArrayList<>(list);
        out.add(e);
        return out;
    }
}
