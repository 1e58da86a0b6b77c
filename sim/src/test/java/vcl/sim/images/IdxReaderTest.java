package vcl.sim.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdxReaderTest {

    @TempDir
    Path dir;

    private final ImageSet small = SyntheticImages.uniform(7, 3, 4, 10, 42);

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void whatTheWriterWritesIsReadBackByteForByte(boolean gzip) throws IOException {
        Path images = dir.resolve("images");
        Path labels = dir.resolve("labels");
        IdxWriter.write(small, images, labels, gzip);
        ImageSet back = IdxReader.read(images, labels, "back");
        assertEquals("back", back.name());
        assertEquals(3, back.rows());
        assertEquals(4, back.cols());
        assertEquals(10, back.classes());
        assertArrayEquals(small.pixels(), back.pixels());
        assertArrayEquals(small.labels(), back.labels());
        byte[] head = Arrays.copyOf(Files.readAllBytes(images), 2);
        assertEquals(gzip, head[0] == (byte) 0x1f && head[1] == (byte) 0x8b);
    }

    @Test
    void theLayoutIsTheIdxFormatBigEndianHeaderThenRowMajorBytes() throws IOException {
        Path images = dir.resolve("i");
        Path labels = dir.resolve("l");
        write(images, idx(0x803, new int[] {2, 1, 3}, new byte[] {1, 2, 3, (byte) 200, 5, 6}));
        write(labels, idx(0x801, new int[] {2}, new byte[] {9, 0}));
        ImageSet set = IdxReader.read(images, labels, "raw");
        assertEquals(2, set.count());
        assertEquals(3, set.dim());
        assertEquals(9, set.label(0));
        assertEquals(0, set.label(1));
        float[] out = new float[3];
        set.gather(new int[] {1}, 0, 1, null, out);
        assertArrayEquals(new float[] {200 * (1f / 255f), 5 * (1f / 255f), 6 * (1f / 255f)}, out);
    }

    @Test
    void gzipIsRecognisedByItsMagicBytesNotTheFileName() throws IOException {
        Path images = dir.resolve("images.idx");
        Path labels = dir.resolve("labels.gz");
        IdxWriter.write(small, images, labels, true);
        assertArrayEquals(small.pixels(), IdxReader.read(images, labels, "x").pixels());
        IdxWriter.write(small, images, labels, false);
        assertArrayEquals(small.labels(), IdxReader.read(images, labels, "x").labels());
    }

    @Test
    void aWrongMagicNumberIsRejectedNamingTheFile() throws IOException {
        Path images = dir.resolve("images");
        Path labels = dir.resolve("labels");
        IdxWriter.write(small, images, labels, false);
        IdxFormatException swapped = assertThrows(IdxFormatException.class,
                () -> IdxReader.read(labels, images, "swapped"));
        assertMessage(swapped, images, "wrong magic number 0x00000803, expected 0x00000801");
        write(images, idx(0x0C03, new int[] {7, 3, 4}, small.pixels()));
        assertMessage(assertThrows(IdxFormatException.class, () -> IdxReader.read(images, labels, "x")),
                images, "wrong magic number 0x00000c03, expected 0x00000803");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aTruncatedFileIsRejected(boolean gzip) throws IOException {
        Path images = dir.resolve("images");
        Path labels = dir.resolve("labels");
        IdxWriter.write(small, images, labels, false);
        write(images, Arrays.copyOf(idx(0x803, new int[] {7, 3, 4}, small.pixels()), 16 + 83), gzip);
        assertMessage(assertThrows(IdxFormatException.class, () -> IdxReader.read(images, labels, "x")),
                images, "truncated: the header announces 84 data bytes, the file holds 83");
        write(images, new byte[] {0, 0, 8, 3, 0, 0}, gzip);
        assertMessage(assertThrows(IdxFormatException.class, () -> IdxReader.read(images, labels, "x")),
                images, "truncated: ends before the image count");
        write(labels, new byte[0], gzip);
        assertMessage(assertThrows(IdxFormatException.class, () -> IdxReader.read(images, labels, "x")),
                labels, "truncated: ends before the magic number");
    }

    @Test
    void aGzipFileCutShortOrCorruptedIsRejectedNamingTheFile() throws IOException {
        ImageSet big = SyntheticImages.uniform(200, 28, 28, 10, 3);
        Path images = dir.resolve("images");
        Path labels = dir.resolve("labels");
        IdxWriter.write(big, images, labels, true);
        byte[] whole = Files.readAllBytes(images);
        Files.write(images, Arrays.copyOf(whole, whole.length / 2));
        IdxFormatException cut = assertThrows(IdxFormatException.class, () -> IdxReader.read(images, labels, "x"));
        assertMessage(cut, images, "truncated: the header announces 156800 data bytes, the file holds ");
        byte[] corrupted = whole.clone();
        for (int i = 20; i < 60; i++) {
            corrupted[i] = (byte) 0xFF;
        }
        Files.write(images, corrupted);
        IdxFormatException bad = assertThrows(IdxFormatException.class, () -> IdxReader.read(images, labels, "x"));
        assertTrue(bad.getMessage().startsWith("IDX file " + images + ": "), bad.getMessage());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void trailingBytesAreRejected(boolean gzip) throws IOException {
        Path images = dir.resolve("images");
        Path labels = dir.resolve("labels");
        IdxWriter.write(small, images, labels, false);
        byte[] longer = Arrays.copyOf(idx(0x801, new int[] {7}, small.labels()), 16);
        write(labels, longer, gzip);
        assertMessage(assertThrows(IdxFormatException.class, () -> IdxReader.read(images, labels, "x")),
                labels, "trailing bytes after the 7 data bytes");
    }

    @Test
    void imageAndLabelCountsMustAgree() throws IOException {
        Path images = dir.resolve("images");
        Path labels = dir.resolve("labels");
        IdxWriter.write(small, images, labels, false);
        write(labels, idx(0x801, new int[] {6}, Arrays.copyOf(small.labels(), 6)));
        assertMessage(assertThrows(IdxFormatException.class, () -> IdxReader.read(images, labels, "x")),
                images, "7 images but 6 labels in " + labels);
    }

    @Test
    void zeroOrNegativeDimensionsAreRejected() throws IOException {
        Path images = dir.resolve("images");
        Path labels = dir.resolve("labels");
        IdxWriter.write(small, images, labels, false);
        write(images, idx(0x803, new int[] {7, 0, 4}, new byte[0]));
        assertMessage(assertThrows(IdxFormatException.class, () -> IdxReader.read(images, labels, "x")),
                images, "row count must be positive, got 0");
        write(images, idx(0x803, new int[] {7, 3, -1}, new byte[0]));
        assertMessage(assertThrows(IdxFormatException.class, () -> IdxReader.read(images, labels, "x")),
                images, "column count must be positive, got 4294967295");
        write(labels, idx(0x801, new int[] {0}, new byte[0]));
        assertMessage(assertThrows(IdxFormatException.class, () -> IdxReader.read(images, labels, "x")),
                labels, "label count must be positive, got 0");
    }

    @Test
    void aHeaderClaimingMoreThanAnArrayHoldsIsRejectedBeforeAllocating() throws IOException {
        Path images = dir.resolve("images");
        Path labels = dir.resolve("labels");
        IdxWriter.write(small, images, labels, false);
        write(images, idx(0x803, new int[] {7, 100_000, 100_000}, new byte[0]));
        assertMessage(assertThrows(IdxFormatException.class, () -> IdxReader.read(images, labels, "x")),
                images, "exceed the largest readable size");
    }

    @Test
    void labelsMustLieInsideTheClasses() throws IOException {
        Path images = dir.resolve("images");
        Path labels = dir.resolve("labels");
        IdxWriter.write(small, images, labels, false);
        byte[] bad = small.labels().clone();
        bad[5] = 10;
        write(labels, idx(0x801, new int[] {7}, bad));
        assertMessage(assertThrows(IdxFormatException.class, () -> IdxReader.read(images, labels, "x")),
                labels, "label 10 of item 5 outside [0, 10)");
        assertEquals(11, IdxReader.read(images, labels, "x", 11).classes());
    }

    @Test
    void aMissingFileIsAnIoException() {
        Path images = dir.resolve("nothing");
        assertThrows(IOException.class, () -> IdxReader.read(images, images, "x"));
    }

    @Test
    void sixtyThousandMnistSizedImagesAreReadInWellUnderASecond() throws IOException {
        ImageSet big = SyntheticImages.uniform(60_000, 28, 28, 10, 1);
        Path images = dir.resolve("images");
        Path labels = dir.resolve("labels");
        IdxWriter.write(big, images, labels, false);
        IdxReader.read(images, labels, "warm-up");
        long start = System.nanoTime();
        ImageSet back = IdxReader.read(images, labels, "big");
        double seconds = (System.nanoTime() - start) * 1e-9;
        assertArrayEquals(big.pixels(), back.pixels());
        assertTrue(seconds < 1.0, "reading took " + seconds + " s");
    }

    private static void assertMessage(IdxFormatException e, Path file, String problem) {
        assertTrue(e.getMessage().startsWith("IDX file " + file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    /** Raw IDX bytes: magic, dimensions, data. */
    static byte[] idx(int magic, int[] dims, byte[] data) {
        ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * dims.length + data.length);
        buffer.putInt(magic);
        for (int d : dims) {
            buffer.putInt(d);
        }
        buffer.put(data);
        return buffer.array();
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        write(file, bytes, false);
    }

    private static void write(Path file, byte[] bytes, boolean gzip) throws IOException {
        if (gzip) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream z = new GZIPOutputStream(out)) {
                z.write(bytes);
            }
            bytes = out.toByteArray();
        }
        Files.write(file, bytes);
    }
}
