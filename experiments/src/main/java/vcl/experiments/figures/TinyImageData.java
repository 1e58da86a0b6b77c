package vcl.experiments.figures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.rng.UniformRandomProvider;
import vcl.sim.images.DataSetFiles;
import vcl.sim.images.DataSetKind;
import vcl.sim.images.IdxWriter;
import vcl.sim.images.ImageSet;
import vcl.sim.run.RandomStreams;

/**
 * Learnable look-alikes of MNIST and Fashion-MNIST for the tiny presets of the deep figures, which
 * must run without the real data: 8×8 images, 10 classes, each class a random prototype of which
 * every image keeps each pixel with probability 0.8 (else a uniform random byte). Fashion-MNIST's
 * stand-in has other prototypes, so the two tasks differ.
 */
final class TinyImageData {

    static final int SIDE = 8;
    static final int CLASSES = 10;
    static final int TRAIN = 512;
    static final int TEST = 200;
    private static final double KEEP = 0.8;

    private TinyImageData() {
    }

    /** Writes both data sets under {@code root} (one folder per data set, as the data root has them); returns root. */
    static Path write(Path root) throws IOException {
        long seed = 41;
        for (DataSetKind kind : DataSetKind.values()) {
            Path dir = DataSetFiles.directory(root, kind);
            Files.createDirectories(dir);
            UniformRandomProvider rng = RandomStreams.of(seed++);
            byte[][] prototypes = new byte[CLASSES][SIDE * SIDE];
            for (byte[] p : prototypes) {
                rng.nextBytes(p);
            }
            ImageSet train = sample(kind.id() + " train (tiny stand-in)", prototypes, TRAIN, rng);
            ImageSet test = sample(kind.id() + " test (tiny stand-in)", prototypes, TEST, rng);
            IdxWriter.write(train, dir.resolve(DataSetFiles.TRAIN_IMAGES), dir.resolve(DataSetFiles.TRAIN_LABELS), false);
            IdxWriter.write(test, dir.resolve(DataSetFiles.TEST_IMAGES), dir.resolve(DataSetFiles.TEST_LABELS), false);
        }
        return root;
    }

    private static ImageSet sample(String name, byte[][] prototypes, int count, UniformRandomProvider rng) {
        int dim = SIDE * SIDE;
        byte[] pixels = new byte[count * dim];
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            int label = rng.nextInt(CLASSES);
            labels[i] = (byte) label;
            for (int k = 0; k < dim; k++) {
                pixels[i * dim + k] = rng.nextDouble() < KEEP ? prototypes[label][k] : (byte) rng.nextInt(256);
            }
        }
        return new ImageSet(name, SIDE, SIDE, pixels, labels, CLASSES);
    }
}
