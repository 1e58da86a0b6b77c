package vcl.sim.run;

/**
 * A model that learns a sequence of tasks, one after the other: the state it trains, how it learns
 * one more task, and what it observes. Every record of a task's trajectory holds the observables of
 * every task learned so far (see {@link EpochRecord}). Implementations are immutable descriptions
 * (their {@code toString} is part of the run-cache key); learning never changes a given state.
 *
 * @param <T> the task spec this learner understands
 * @param <S> its state after a task
 */
public interface Learner<T, S extends Learner.State> {

    /** The state after the tasks learned so far. */
    interface State {
        /** Every task's trajectory, in order. */
        SequenceResult result();
    }

    /**
     * Learns {@code task} after {@code before} (null before the first task), drawing the task's
     * data, and for the first task the initial parameters, from the generator of {@code runSeed}.
     */
    S learn(S before, T task, long runSeed);

    /**
     * The state after {@code task} when its result is already known (from a store): draws the
     * task's data from {@code runSeed} as {@link #learn} does, skips the training and takes the
     * final parameters of {@code known}. {@code learn} and {@code resume} of the same result are
     * interchangeable for every later task.
     */
    S resume(S before, T task, long runSeed, RunResult known);
}
