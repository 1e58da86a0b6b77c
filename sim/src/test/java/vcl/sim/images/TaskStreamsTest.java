package vcl.sim.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskStreamsTest {

    private final DataSet mnist = new DataSet(DataSetKind.MNIST,
            SyntheticImages.uniform(60, 4, 5, 10, 1), SyntheticImages.uniform(10, 4, 5, 10, 2));
    private final DataSet fashion = new DataSet(DataSetKind.FASHION_MNIST,
            SyntheticImages.uniform(60, 4, 5, 10, 3), SyntheticImages.uniform(10, 4, 5, 10, 4));
    private final Map<DataSetKind, DataSet> both = Map.of(DataSetKind.MNIST, mnist, DataSetKind.FASHION_MNIST, fashion);

    @Test
    void aPermutedStreamPermutesEveryTaskIncludingTheFirstWithItsOwnSeed() {
        List<ImageTask> tasks = TaskStreams.build(TaskStream.PERMUTED_FMNIST, Map.of(DataSetKind.FASHION_MNIST, fashion),
                3, 32, t -> 100L * t);
        assertEquals(3, tasks.size());
        for (int t = 1; t <= 3; t++) {
            ImageTask task = tasks.get(t - 1);
            assertEquals("permuted-fmnist task " + t, task.name());
            assertArrayEquals(Permutations.pixelOrder(20, 100L * t), task.pixelOrder());
            assertEquals(32, task.train().count());
            assertSame(fashion.test(), task.test());
        }
        assertFalse(Arrays.equals(tasks.get(0).pixelOrder(), tasks.get(1).pixelOrder()));
        assertSame(tasks.get(0).train(), tasks.get(2).train(), "the training subset is cut once, shared by the tasks");
        assertArrayEquals(Arrays.copyOf(fashion.train().pixels(), 32 * 20), tasks.get(0).train().pixels());
    }

    @Test
    void theFullTrainingSetIsSharedNotCopied() {
        List<ImageTask> tasks = TaskStreams.build(TaskStream.PERMUTED_MNIST, both, 2, 60, t -> t);
        assertSame(mnist.train(), tasks.get(0).train());
        assertSame(mnist.train(), tasks.get(1).train());
        assertEquals("permuted-mnist task 2", tasks.get(1).name());
    }

    @Test
    void theSequentialStreamIsMnistThenFashionMnistAsPublished() {
        List<ImageTask> tasks = TaskStreams.build(TaskStream.MNIST_FMNIST, both, 2, 50, t -> {
            throw new AssertionError("no permutation for a sequential stream");
        });
        assertEquals(List.of("mnist", "fashion-mnist"), tasks.stream().map(ImageTask::name).toList());
        assertNull(tasks.get(0).pixelOrder());
        assertNull(tasks.get(1).pixelOrder());
        assertSame(mnist.test(), tasks.get(0).test());
        assertSame(fashion.test(), tasks.get(1).test());
        assertEquals(50, tasks.get(1).train().count());
        assertArrayEquals(Arrays.copyOf(fashion.train().labels(), 50), tasks.get(1).train().labels());
    }

    @Test
    void impossibleRequestsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> TaskStreams.build(TaskStream.MNIST_FMNIST, both, 3, 50, t -> t));
        assertThrows(IllegalArgumentException.class, () -> TaskStreams.build(TaskStream.PERMUTED_MNIST, both, 0, 50, t -> t));
        assertThrows(IllegalArgumentException.class, () -> TaskStreams.build(TaskStream.PERMUTED_MNIST, both, 2, 61, t -> t));
        assertThrows(IllegalArgumentException.class, () -> TaskStreams.build(TaskStream.PERMUTED_MNIST, both, 2, 0, t -> t));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> TaskStreams.build(TaskStream.MNIST_FMNIST, Map.of(DataSetKind.MNIST, mnist), 2, 50, t -> t));
        assertTrue(missing.getMessage().contains("fashion-mnist"), missing.getMessage());
    }

    @Test
    void streamsParseTheirIdsAndSayWhatTheyNeed() {
        for (TaskStream stream : TaskStream.values()) {
            assertEquals(stream, TaskStream.parse(stream.id()));
        }
        assertEquals(List.of(DataSetKind.MNIST, DataSetKind.FASHION_MNIST), TaskStream.MNIST_FMNIST.dataSets());
        assertEquals(2, TaskStream.MNIST_FMNIST.fixedTaskCount());
        assertFalse(TaskStream.MNIST_FMNIST.permuted());
        assertEquals(List.of(DataSetKind.FASHION_MNIST), TaskStream.PERMUTED_FMNIST.dataSets());
        assertEquals(0, TaskStream.PERMUTED_FMNIST.fixedTaskCount());
        assertTrue(TaskStream.PERMUTED_MNIST.permuted());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TaskStream.parse("split-mnist"));
        assertEquals("unknown task stream 'split-mnist', expected one of permuted-mnist, permuted-fmnist, mnist-fmnist",
                e.getMessage());
    }
}
