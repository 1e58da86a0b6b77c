package vcl.experiments.cl;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vcl.sim.images.DataSetFiles;
import vcl.sim.images.DataSetKind;

/** The provenance of the data a run read: the data root and each IDX file with its size and SHA-256. */
final class DataFiles {

    private static final List<String> NAMES = List.of(DataSetFiles.TRAIN_IMAGES, DataSetFiles.TRAIN_LABELS,
            DataSetFiles.TEST_IMAGES, DataSetFiles.TEST_LABELS);

    private DataFiles() {
    }

    /** The files of {@code kinds} under {@code root} (as {@link DataSetFiles#load} finds them: plain, else .gz). */
    static Map<String, Object> describe(Path root, Set<DataSetKind> kinds) throws IOException {
        List<Object> files = new ArrayList<>();
        for (DataSetKind kind : kinds) {
            Path dir = DataSetFiles.directory(root, kind);
            for (String name : NAMES) {
                Path file = Files.isRegularFile(dir.resolve(name)) ? dir.resolve(name) : dir.resolve(name + ".gz");
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("data_set", kind.id());
                f.put("file", file.getFileName().toString());
                f.put("bytes", Files.size(file));
                f.put("sha256", sha256(file));
                files.add(f);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("root", root.toAbsolutePath().toString());
        out.put("files", files);
        return out;
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return String.format("%064x", new BigInteger(1, digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
