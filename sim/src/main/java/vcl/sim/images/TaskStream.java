package vcl.sim.images;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The continual-learning task streams: a data set under a new pixel permutation per task, or
 * data sets one after the other.
 */
public enum TaskStream {
    /** MNIST, every task (the first included) under its own random pixel permutation. */
    PERMUTED_MNIST("permuted-mnist", List.of(DataSetKind.MNIST), true, 0),
    /** Fashion-MNIST, every task (the first included) under its own random pixel permutation. */
    PERMUTED_FMNIST("permuted-fmnist", List.of(DataSetKind.FASHION_MNIST), true, 0),
    /** MNIST, then Fashion-MNIST, pixels as published. */
    MNIST_FMNIST("mnist-fmnist", List.of(DataSetKind.MNIST, DataSetKind.FASHION_MNIST), false, 2);

    private final String id;
    private final List<DataSetKind> dataSets;
    private final boolean permuted;
    private final int fixedTaskCount;

    TaskStream(String id, List<DataSetKind> dataSets, boolean permuted, int fixedTaskCount) {
        this.id = id;
        this.dataSets = dataSets;
        this.permuted = permuted;
        this.fixedTaskCount = fixedTaskCount;
    }

    /** The name on the command line, e.g. {@code permuted-fmnist}. */
    public String id() {
        return id;
    }

    /** The data sets the stream is made of (what must be loaded), in task order for a sequential stream. */
    public List<DataSetKind> dataSets() {
        return dataSets;
    }

    /** Whether each task is the same data set under its own pixel permutation. */
    public boolean permuted() {
        return permuted;
    }

    /** The number of tasks the stream has, or 0 if it takes any number ≥ 1 (the permuted streams). */
    public int fixedTaskCount() {
        return fixedTaskCount;
    }

    /** The stream whose {@link #id()} is {@code text}. */
    public static TaskStream parse(String text) {
        for (TaskStream stream : values()) {
            if (stream.id.equals(text)) {
                return stream;
            }
        }
        throw new IllegalArgumentException("unknown task stream '" + text + "', expected one of "
                + Arrays.stream(values()).map(TaskStream::id).collect(Collectors.joining(", ")));
    }
}
