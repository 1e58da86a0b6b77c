package vcl.sim.images;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes an image set as a pair of IDX files, the format {@link IdxReader} reads: images with
 * magic number {@code 0x00000803} and dimensions count, rows, columns; labels with magic number
 * {@code 0x00000801} and the count; big-endian integers, then the unsigned bytes. Optionally
 * gzip-compressed.
 */
public final class IdxWriter {

    private static final int BUFFER = 1 << 16;

    private IdxWriter() {
    }

    /** Writes {@code set}'s images to {@code images} and its labels to {@code labels}. */
    public static void write(ImageSet set, Path images, Path labels, boolean gzip) throws IOException {
        try (DataOutputStream out = create(images, gzip)) {
            out.writeInt(IdxReader.IMAGES_MAGIC);
            out.writeInt(set.count());
            out.writeInt(set.rows());
            out.writeInt(set.cols());
            out.write(set.pixels());
        }
        try (DataOutputStream out = create(labels, gzip)) {
            out.writeInt(IdxReader.LABELS_MAGIC);
            out.writeInt(set.count());
            out.write(set.labels());
        }
    }

    private static DataOutputStream create(Path file, boolean gzip) throws IOException {
        OutputStream raw = Files.newOutputStream(file);
        if (gzip) {
            raw = new GZIPOutputStream(raw, BUFFER);
        }
        return new DataOutputStream(new BufferedOutputStream(raw, BUFFER));
    }
}
