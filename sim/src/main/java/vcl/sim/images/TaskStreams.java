package vcl.sim.images;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToLongFunction;

/**
 * Builds the tasks of a {@link TaskStream} from loaded data sets.
 *
 * <p>A permuted stream permutes <em>every</em> task, task 1 included, as the paper does: task t
 * (counting from 1) shows the data set's images in the pixel order
 * {@code Permutations.pixelOrder(dim, permutationSeed.applyAsLong(t))}, the same order for its
 * training and its test images. A sequential stream (MNIST, then Fashion-MNIST) shows each data
 * set as published (pixel order null).
 *
 * <p>Each task trains on the first {@code trainSize} training images of its data set (the paper:
 * 32 000; up to all 60 000) and is tested on all test images. The tasks share the image sets:
 * the training subset is cut once per data set, never copied per task.
 */
public final class TaskStreams {

    private TaskStreams() {
    }

    /**
     * The {@code tasks} tasks of {@code stream}.
     *
     * @param loaded          the data sets, at least those {@link TaskStream#dataSets()} names
     * @param tasks           number of tasks, ≥ 1 (exactly {@link TaskStream#fixedTaskCount()} if that is not 0)
     * @param trainSize       training images per task, in [1, training set size]
     * @param permutationSeed seed of task t's pixel permutation (t = 1, 2, …); unused by sequential streams
     */
    public static List<ImageTask> build(TaskStream stream, Map<DataSetKind, DataSet> loaded, int tasks,
                                        int trainSize, IntToLongFunction permutationSeed) {
        if (tasks < 1 || (stream.fixedTaskCount() != 0 && tasks != stream.fixedTaskCount())) {
            throw new IllegalArgumentException(stream.id() + " has "
                    + (stream.fixedTaskCount() == 0 ? "any number >= 1 of" : "exactly " + stream.fixedTaskCount())
                    + " tasks, got " + tasks);
        }
        Map<DataSetKind, ImageSet> trainSets = new EnumMap<>(DataSetKind.class);
        for (DataSetKind kind : stream.dataSets()) {
            DataSet set = loaded.get(kind);
            if (set == null) {
                throw new IllegalArgumentException(stream.id() + " needs the data set " + kind.id()
                        + ", which was not loaded");
            }
            int available = set.train().count();
            if (trainSize < 1 || trainSize > available) {
                throw new IllegalArgumentException("training size must lie in [1, " + available + "] for "
                        + kind.id() + ", got " + trainSize);
            }
            trainSets.put(kind, trainSize == available ? set.train() : set.train().head(trainSize));
        }
        List<ImageTask> out = new ArrayList<>(tasks);
        if (stream.permuted()) {
            DataSetKind kind = stream.dataSets().get(0);
            ImageSet train = trainSets.get(kind);
            ImageSet test = loaded.get(kind).test();
            for (int t = 1; t <= tasks; t++) {
                int[] order = Permutations.pixelOrder(train.dim(), permutationSeed.applyAsLong(t));
                out.add(new ImageTask(stream.id() + " task " + t, train, test, order));
            }
        } else {
            for (DataSetKind kind : stream.dataSets()) {
                out.add(new ImageTask(kind.id(), trainSets.get(kind), loaded.get(kind).test(), null));
            }
        }
        return List.copyOf(out);
    }
}
