package vcl.sim.run;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a learner through a sequence of tasks: task t with its own run seed (from
 * {@link RandomStreams#runSeeds(long, int, int)}), each finished task offered to a {@link Store}
 * under the key of the learner, every task up to it and their run seeds, so that a stored prefix is
 * not trained again (the data are drawn again from the seeds, which is cheap).
 */
public final class SequenceRun {

    /** Where finished tasks are kept (a run cache); {@link #NONE} computes every task. */
    @FunctionalInterface
    public interface Store {
        /**
         * The stored result of the last task of (description, runSeeds), or {@code compute}'s result,
         * stored for next time. {@code description} names the learner and every task up to the last.
         */
        RunResult get(String description, long[] runSeeds, Supplier<RunResult> compute);

        /** No store. */
        Store NONE = (description, seeds, compute) -> compute.get();
    }

    private SequenceRun() {
    }

    /** Learns every task of {@code tasks} from scratch, task t with {@code runSeeds[t − 1]}. */
    public static <T, S extends Learner.State> S run(Learner<T, S> learner, List<T> tasks, long[] runSeeds,
                                                     Store store) {
        if (runSeeds.length < tasks.size()) {
            throw new IllegalArgumentException("need one run seed per task: " + tasks.size() + " tasks, "
                    + runSeeds.length + " seeds");
        }
        S state = null;
        for (int t = 1; t <= tasks.size(); t++) {
            state = next(learner, state, tasks.subList(0, t), Arrays.copyOf(runSeeds, t), store);
        }
        return state;
    }

    /**
     * Learns the last task of {@code tasks} after {@code before}, which has learned all the others
     * (null when {@code tasks} has one element); {@code runSeeds} has one seed per task of {@code tasks}.
     */
    public static <T, S extends Learner.State> S next(Learner<T, S> learner, S before, List<T> tasks,
                                                      long[] runSeeds, Store store) {
        int t = tasks.size();
        if (t < 1 || runSeeds.length != t || (before == null) != (t == 1)
                || (before != null && before.result().size() != t - 1)) {
            throw new IllegalArgumentException("the state must have learned every task but the last");
        }
        T task = tasks.get(t - 1);
        long seed = runSeeds[t - 1];
        Object[] learned = new Object[1];
        RunResult result = store.get(learner + "|" + tasks, runSeeds.clone(), () -> {
            S s = learner.learn(before, task, seed);
            learned[0] = s;
            return s.result().last();
        });
        @SuppressWarnings("unchecked")
        S fresh = (S) learned[0];
        return fresh != null ? fresh : learner.resume(before, task, seed, result);
    }
}
