package vcl.experiments.io;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The envelope of one cache entry: a magic number, the entry's own key, the payload's length and
 * a SHA-256 checksum of key and payload, then the payload. Reading checks the file's size before
 * reading it (an oversized file is never loaded), then the magic, the key (an entry copied to
 * another key's name is refused), the length (a truncated or extended file is refused) and the
 * checksum (a tampered byte is refused); any failure is an {@link IOException} saying which.
 */
public final class CacheEntry {

    private static final int MAGIC = 0x56434C43; // "VCLC"
    private static final int CHECKSUM_BYTES = 32;

    private CacheEntry() {
    }

    /** The entry for {@code payload} stored under {@code key}. */
    public static byte[] bytes(String key, byte[] payload) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(payload.length + 128);
        try (DataOutputStream out = new DataOutputStream(buf)) {
            out.writeInt(MAGIC);
            out.writeUTF(key);
            out.writeLong(payload.length);
            out.write(checksum(key, payload));
            out.write(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    /** The verified payload of the entry in {@code file}, which must be stored under {@code key} and at most {@code maxBytes} long. */
    public static byte[] read(Path file, String key, long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new IOException(size + " bytes, more than the " + maxBytes + " an entry may have");
        }
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
        try {
            if (in.getInt() != MAGIC) {
                throw new IOException("not a cache entry of this format");
            }
            int keyLength = Short.toUnsignedInt(in.getShort());
            if (keyLength > in.remaining()) {
                throw new IOException("truncated");
            }
            byte[] keyBytes = new byte[keyLength];
            in.get(keyBytes);
            String stored = new String(keyBytes, StandardCharsets.UTF_8);
            if (!stored.equals(key)) {
                throw new IOException("stored under key " + stored + ", not " + key);
            }
            long length = in.getLong();
            byte[] sum = new byte[CHECKSUM_BYTES];
            in.get(sum);
            if (length != in.remaining()) {
                throw new IOException("payload of " + in.remaining() + " bytes, the header says " + length
                        + " (truncated or extended)");
            }
            byte[] payload = new byte[in.remaining()];
            in.get(payload);
            if (!MessageDigest.isEqual(sum, checksum(key, payload))) {
                throw new IOException("checksum mismatch (the file was changed)");
            }
            return payload;
        } catch (java.nio.BufferUnderflowException e) {
            throw new IOException("truncated");
        }
    }

    private static byte[] checksum(String key, byte[] payload) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(key.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return Arrays.copyOf(sha.digest(payload), CHECKSUM_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
