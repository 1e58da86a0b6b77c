package vcl.sim.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a data set lives under a data root: {@code root/<id>/} holds the four IDX files under
 * their published names, {@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte},
 * {@code t10k-images-idx3-ubyte} and {@code t10k-labels-idx1-ubyte}, each plain or with the
 * suffix {@code .gz} (symbolic links are followed).
 */
public final class DataSetFiles {

    /** Base name of the training images. */
    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    /** Base name of the training labels. */
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    /** Base name of the test images. */
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    /** Base name of the test labels. */
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

    private DataSetFiles() {
    }

    /** The folder of {@code kind} under {@code root}. */
    public static Path directory(Path root, DataSetKind kind) {
        return root.resolve(kind.id());
    }

    /**
     * Reads {@code kind}'s training and test sets from {@code root/<id>/}.
     *
     * @throws DataSetMissingException if a file is missing (the message names the install command)
     * @throws IdxFormatException      if a file is malformed
     */
    public static DataSet load(Path root, DataSetKind kind) throws IOException {
        Path dir = directory(root, kind);
        Path trainImages = locate(dir, kind, TRAIN_IMAGES);
        Path trainLabels = locate(dir, kind, TRAIN_LABELS);
        Path testImages = locate(dir, kind, TEST_IMAGES);
        Path testLabels = locate(dir, kind, TEST_LABELS);
        ImageSet train = IdxReader.read(trainImages, trainLabels, kind.id() + " train");
        ImageSet test = IdxReader.read(testImages, testLabels, kind.id() + " test");
        return new DataSet(kind, train, test);
    }

    /** The file {@code dir/base}, or else {@code dir/base.gz}; a regular file after following links. */
    static Path locate(Path dir, DataSetKind kind, String base) throws DataSetMissingException {
        Path plain = dir.resolve(base);
        if (Files.isRegularFile(plain)) {
            return plain;
        }
        Path gz = dir.resolve(base + ".gz");
        if (Files.isRegularFile(gz)) {
            return gz;
        }
        throw new DataSetMissingException(kind.id() + " file " + base + "[.gz]", dir);
    }
}
