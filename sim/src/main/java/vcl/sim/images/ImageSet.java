package vcl.sim.images;

import java.util.Arrays;

/**
 * A labelled set of grey-scale images as stored in an IDX file: {@code count} images of
 * {@code rows × cols} unsigned bytes (row-major, image after image) and one label per image.
 * Pixels are handed to learners as floats in [0, 1] (byte / 255), optionally permuted.
 *
 * @param name    what the set is, e.g. "fashion-mnist train"
 * @param rows    image height
 * @param cols    image width
 * @param pixels  {@code count · rows · cols} unsigned bytes
 * @param labels  one label per image, each in [0, classes)
 * @param classes number of classes (10 for MNIST and Fashion-MNIST)
 */
public record ImageSet(String name, int rows, int cols, byte[] pixels, byte[] labels, int classes) {

    public ImageSet {
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException(name + ": image dimensions must be positive, got " + rows + "×" + cols);
        }
        if ((long) labels.length * rows * cols != pixels.length) {
            throw new IllegalArgumentException(name + ": " + pixels.length + " pixel bytes for " + labels.length
                    + " labels of " + rows + "×" + cols + " images");
        }
        for (byte label : labels) {
            if (Byte.toUnsignedInt(label) >= classes) {
                throw new IllegalArgumentException(name + ": label " + Byte.toUnsignedInt(label)
                        + " outside [0, " + classes + ")");
            }
        }
    }

    /** Number of images. */
    public int count() {
        return labels.length;
    }

    /** Pixels per image. */
    public int dim() {
        return rows * cols;
    }

    /** Label of image {@code i}. */
    public int label(int i) {
        return Byte.toUnsignedInt(labels[i]);
    }

    /** The first {@code n} images (the paper trains on the first 32 000). */
    public ImageSet head(int n) {
        if (n <= 0 || n > count()) {
            throw new IllegalArgumentException(name + ": cannot take the first " + n + " of " + count() + " images");
        }
        return new ImageSet(name, rows, cols, Arrays.copyOf(pixels, n * dim()), Arrays.copyOf(labels, n), classes);
    }

    /**
     * Writes images {@code index[from .. from+n)} into {@code out} (n × dim, row-major) as floats
     * byte/255, pixel j of a row taken from pixel {@code pixelOrder[j]} of the image (identity when
     * {@code pixelOrder} is null).
     */
    public void gather(int[] index, int from, int n, int[] pixelOrder, float[] out) {
        int d = dim();
        for (int r = 0; r < n; r++) {
            int base = index[from + r] * d;
            int o = r * d;
            if (pixelOrder == null) {
                for (int j = 0; j < d; j++) {
                    out[o + j] = (pixels[base + j] & 0xFF) * (1f / 255f);
                }
            } else {
                for (int j = 0; j < d; j++) {
                    out[o + j] = (pixels[base + pixelOrder[j]] & 0xFF) * (1f / 255f);
                }
            }
        }
    }
}
