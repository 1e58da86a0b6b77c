package vcl.sim.images;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads an image set from a pair of IDX files (the format of MNIST and Fashion-MNIST): an image
 * file with magic number {@code 0x00000803} (unsigned bytes, 3 dimensions: count, rows, columns)
 * and a label file with magic number {@code 0x00000801} (unsigned bytes, 1 dimension: count), all
 * integers big-endian. Either file may be gzip-compressed; compression is recognised by its magic
 * bytes {@code 0x1f 0x8b}, not by the file name.
 *
 * <p>Anything that is not exactly such a pair is an {@link IdxFormatException} naming the file:
 * a wrong magic number, zero dimensions, fewer bytes than the header announces, bytes after the
 * data, different image and label counts, a label outside the classes.
 */
public final class IdxReader {

    /** Magic number of an IDX file of unsigned bytes with 3 dimensions (images). */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Magic number of an IDX file of unsigned bytes with 1 dimension (labels). */
    public static final int LABELS_MAGIC = 0x00000801;
    /** Number of classes of MNIST and Fashion-MNIST. */
    public static final int DEFAULT_CLASSES = 10;

    private static final int BUFFER = 1 << 16;

    private IdxReader() {
    }

    /** Reads images and labels with {@value #DEFAULT_CLASSES} classes. */
    public static ImageSet read(Path images, Path labels, String name) throws IOException {
        return read(images, labels, name, DEFAULT_CLASSES);
    }

    /** Reads images and labels, every label in [0, classes). */
    public static ImageSet read(Path images, Path labels, String name, int classes) throws IOException {
        if (classes < 1 || classes > 256) {
            throw new IllegalArgumentException("classes must lie in [1, 256], got " + classes);
        }
        byte[] labelBytes;
        try (DataInputStream in = open(labels)) {
            int magic = header(in, labels, "the magic number");
            checkMagic(magic, LABELS_MAGIC, labels, "labels (unsigned bytes, 1 dimension)");
            int count = dimension(in, labels, "label count");
            labelBytes = body(in, labels, count);
        }
        for (int i = 0; i < labelBytes.length; i++) {
            int label = Byte.toUnsignedInt(labelBytes[i]);
            if (label >= classes) {
                throw new IdxFormatException(labels, "label " + label + " of item " + i
                        + " outside [0, " + classes + ")");
            }
        }
        try (DataInputStream in = open(images)) {
            int magic = header(in, images, "the magic number");
            checkMagic(magic, IMAGES_MAGIC, images, "images (unsigned bytes, 3 dimensions)");
            int count = dimension(in, images, "image count");
            int rows = dimension(in, images, "row count");
            int cols = dimension(in, images, "column count");
            if (count != labelBytes.length) {
                throw new IdxFormatException(images, count + " images but " + labelBytes.length
                        + " labels in " + labels);
            }
            long size = (long) count * rows * cols;
            if (size > Integer.MAX_VALUE - 16) {
                throw new IdxFormatException(images, count + " images of " + rows + "×" + cols
                        + " pixels exceed the largest readable size");
            }
            byte[] pixels = body(in, images, (int) size);
            return new ImageSet(name, rows, cols, pixels, labelBytes, classes);
        }
    }

    /** Opens a file, plain or gzip-compressed, as a buffered data stream. */
    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            raw = new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER);
        }
        return new DataInputStream(raw);
    }

    private static int header(DataInputStream in, Path file, String what) throws IOException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            throw new IdxFormatException(file, "truncated: ends before " + what);
        } catch (ZipException e) {
            throw corrupt(file, e);
        }
    }

    private static IdxFormatException corrupt(Path file, IOException e) {
        return new IdxFormatException(file, "corrupt gzip data (" + e.getMessage() + ")");
    }

    private static void checkMagic(int magic, int expected, Path file, String what) throws IOException {
        if (magic != expected) {
            throw new IdxFormatException(file, String.format(
                    "wrong magic number 0x%08x, expected 0x%08x for %s", magic, expected, what));
        }
    }

    private static int dimension(DataInputStream in, Path file, String what) throws IOException {
        int n = header(in, file, "the " + what);
        if (n <= 0) {
            throw new IdxFormatException(file, what + " must be positive, got " + Integer.toUnsignedString(n));
        }
        return n;
    }

    /** Reads exactly {@code size} data bytes and checks that nothing follows them. */
    private static byte[] body(DataInputStream in, Path file, int size) throws IOException {
        byte[] data = new byte[size];
        int read = 0;
        try {
            while (read < size) {
                int n = in.read(data, read, size - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            if (read == size && in.read() >= 0) {
                throw new IdxFormatException(file, "trailing bytes after the " + size
                        + " data bytes the header announces");
            }
        } catch (EOFException e) {
            // a gzip stream cut short: what was decompressed so far is all there is
        } catch (ZipException e) {
            throw corrupt(file, e);
        }
        if (read < size) {
            throw new IdxFormatException(file, "truncated: the header announces " + size
                    + " data bytes, the file holds " + read);
        }
        return data;
    }
}
