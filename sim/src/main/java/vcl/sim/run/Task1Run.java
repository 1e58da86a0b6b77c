package vcl.sim.run;

/**
 * A task-1 simulation: the one-task {@link TaskSequence} of a {@link Task1Config}, learned by the
 * field-space perceptron from one run seed ({@link FieldPerceptron} documents the streams).
 */
public final class Task1Run {

    private Task1Run() {
    }

    /** Runs task 1 with the generator of {@code seed} ({@link RandomStreams#of}). */
    public static RunResult run(Task1Config config, long seed) {
        return config.learner().learn(null, config.task(), seed).result().last();
    }
}
