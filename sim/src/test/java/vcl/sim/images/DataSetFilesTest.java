package vcl.sim.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSetFilesTest {

    @TempDir
    Path root;

    private final ImageSet train = SyntheticImages.uniform(12, 4, 4, 10, 1);
    private final ImageSet test = SyntheticImages.uniform(5, 4, 4, 10, 2);

    @Test
    void loadsPlainAndGzippedFilesUnderTheirPublishedNames() throws IOException {
        Path mnist = Files.createDirectories(root.resolve("mnist"));
        IdxWriter.write(train, mnist.resolve(DataSetFiles.TRAIN_IMAGES), mnist.resolve(DataSetFiles.TRAIN_LABELS), false);
        IdxWriter.write(test, mnist.resolve(DataSetFiles.TEST_IMAGES + ".gz"),
                mnist.resolve(DataSetFiles.TEST_LABELS + ".gz"), true);
        DataSet set = DataSetFiles.load(root, DataSetKind.MNIST);
        assertEquals(DataSetKind.MNIST, set.kind());
        assertEquals("mnist train", set.train().name());
        assertEquals("mnist test", set.test().name());
        assertArrayEquals(train.pixels(), set.train().pixels());
        assertArrayEquals(test.labels(), set.test().labels());
    }

    @Test
    void symbolicLinksAreFollowed() throws IOException {
        Path store = Files.createDirectories(root.resolve("store"));
        IdxWriter.write(train, store.resolve("a.gz"), store.resolve("b.gz"), true);
        IdxWriter.write(test, store.resolve("c.gz"), store.resolve("d.gz"), true);
        Path fashion = Files.createDirectories(root.resolve("fashion-mnist"));
        try {
            Files.createSymbolicLink(fashion.resolve(DataSetFiles.TRAIN_IMAGES + ".gz"), store.resolve("a.gz"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        Files.createSymbolicLink(fashion.resolve(DataSetFiles.TRAIN_LABELS + ".gz"), store.resolve("b.gz"));
        Files.createSymbolicLink(fashion.resolve(DataSetFiles.TEST_IMAGES + ".gz"), store.resolve("c.gz"));
        Files.createSymbolicLink(fashion.resolve(DataSetFiles.TEST_LABELS + ".gz"), store.resolve("d.gz"));
        DataSet set = DataSetFiles.load(root, DataSetKind.FASHION_MNIST);
        assertArrayEquals(test.pixels(), set.test().pixels());
        Files.delete(store.resolve("d.gz"));
        DataSetMissingException dangling = assertThrows(DataSetMissingException.class,
                () -> DataSetFiles.load(root, DataSetKind.FASHION_MNIST));
        assertTrue(dangling.getMessage().contains(DataSetFiles.TEST_LABELS), dangling.getMessage());
    }

    @Test
    void aMissingFileNamesItselfAndTheInstallCommand() throws IOException {
        Path mnist = Files.createDirectories(root.resolve("mnist"));
        IdxWriter.write(train, mnist.resolve(DataSetFiles.TRAIN_IMAGES), mnist.resolve(DataSetFiles.TRAIN_LABELS), false);
        DataSetMissingException e = assertThrows(DataSetMissingException.class,
                () -> DataSetFiles.load(root, DataSetKind.MNIST));
        assertEquals("mnist file t10k-images-idx3-ubyte[.gz] is missing in " + mnist
                + "; install the data sets with scripts/install-datasets", e.getMessage());
        DataSetMissingException none = assertThrows(DataSetMissingException.class,
                () -> DataSetFiles.load(root, DataSetKind.FASHION_MNIST));
        assertTrue(none.getMessage().contains(root.resolve("fashion-mnist").toString()), none.getMessage());
    }

    @Test
    void trainingAndTestImagesMustHaveOneSize() {
        ImageSet other = SyntheticImages.uniform(5, 4, 5, 10, 2);
        assertThrows(IllegalArgumentException.class, () -> new DataSet(DataSetKind.MNIST, train, other));
        assertThrows(NullPointerException.class, () -> new DataSet(null, train, test));
    }

    @Test
    void kindsParseTheirIdsAndNameTheValidOnesOtherwise() {
        for (DataSetKind kind : DataSetKind.values()) {
            assertEquals(kind, DataSetKind.parse(kind.id()));
        }
        assertEquals("fashion-mnist", DataSetKind.FASHION_MNIST.id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataSetKind.parse("cifar"));
        assertEquals("unknown data set 'cifar', expected one of mnist, fashion-mnist", e.getMessage());
    }
}
