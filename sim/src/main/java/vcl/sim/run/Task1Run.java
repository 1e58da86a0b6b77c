package vcl.sim.run;

import java.util.List;

/**
 * A task-1 simulation: the one-task {@link TaskSequence} of a {@link Task1Config}, learned by the
 * field-space perceptron from one run seed ({@link FieldPerceptron} documents the streams).
 */
public final class Task1Run {

    private Task1Run() {
    }

    /** Runs task 1 with the generator of {@code seed} ({@link RandomStreams#of}). */
    public static RunResult run(Task1Config config, long seed) {
        return run(config, seed, SequenceRun.Store.NONE);
    }

    /** As {@link #run(Task1Config, long)}, read from {@code store} when it holds the run. */
    public static RunResult run(Task1Config config, long seed, SequenceRun.Store store) {
        return SequenceRun.next(config.learner(), null, List.of(config.task()), new long[] {seed}, store)
                .result().last();
    }
}
