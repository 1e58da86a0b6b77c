package vcl.sim.images;

import org.apache.commons.rng.UniformRandomProvider;
import vcl.sim.run.RandomStreams;

/** Image sets of random pixels and labels, for benchmarks and tests that need no real data. */
public final class SyntheticImages {

    private SyntheticImages() {
    }

    /**
     * {@code count} images of {@code rows × cols} independent uniform bytes, each with a uniform
     * label in [0, classes); the same seed gives the same set.
     */
    public static ImageSet uniform(int count, int rows, int cols, int classes, long seed) {
        if (count < 0 || rows < 1 || cols < 1 || classes < 1 || classes > 256) {
            throw new IllegalArgumentException("need count >= 0, rows, cols >= 1 and classes in [1, 256], got "
                    + count + ", " + rows + ", " + cols + ", " + classes);
        }
        long size = (long) count * rows * cols;
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException(count + " images of " + rows + "×" + cols + " pixels are too many");
        }
        UniformRandomProvider rng = RandomStreams.of(seed);
        byte[] pixels = new byte[(int) size];
        rng.nextBytes(pixels);
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) rng.nextInt(classes);
        }
        return new ImageSet("uniform random " + rows + "×" + cols, rows, cols, pixels, labels, classes);
    }
}
