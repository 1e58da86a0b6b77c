package vcl.experiments.figures;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import vcl.experiments.io.AtomicFiles;
import vcl.experiments.io.VersionInfo;
import vcl.sim.run.EpochRecord;
import vcl.sim.run.RunResult;

/**
 * Makes long figure runs resumable: every finished simulation run is stored under a key made of
 * its full configuration, its run seed and the software version, written atomically the moment it
 * finishes. A figure command that is stopped and started again recomputes only the runs that had
 * not finished. Thread-safe (each run has its own file). {@link #NONE} stores nothing.
 */
public final class RunCache {

    /** No cache: every run is computed. */
    public static final RunCache NONE = new RunCache(null);

    private static final int FORMAT = 1;
    private final Path dir;

    /** A cache in {@code dir} (created on first write), or none when {@code dir} is null. */
    public RunCache(Path dir) {
        this.dir = dir;
    }

    /** The stored run for (what, seed), or the result of {@code run}, stored for next time. */
    public RunResult get(Object what, long seed, Supplier<RunResult> run) {
        if (dir == null) {
            return run.get();
        }
        Path file = dir.resolve(key(what, seed) + ".run");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return read(new DataInputStream(in));
            } catch (IOException | RuntimeException e) {
                // unreadable (older format, truncated by a crash before the rename): compute it again
            }
        }
        RunResult result = run.get();
        AtomicFiles.writeBytes(file, bytes(result));
        return result;
    }

    static String key(Object what, long seed) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String text = FORMAT + "|" + VersionInfo.version() + "|" + what + "|" + seed;
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(RunResult r) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buf)) {
            out.writeInt(FORMAT);
            out.writeBoolean(r.stoppedEarly());
            out.writeInt(r.trajectory().size());
            for (EpochRecord e : r.trajectory()) {
                out.writeInt(e.phase());
                out.writeInt(e.epoch());
                for (double v : new double[] {e.p1(), e.p2(), e.testError1(), e.testError2(), e.selfOverlap(),
                    e.meanVariance(), e.loss()}) {
                    out.writeDouble(v);
                }
            }
            double[] h = r.fields();
            out.writeInt(h.length);
            for (double v : h) {
                out.writeDouble(v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    private static RunResult read(DataInputStream in) throws IOException {
        if (in.readInt() != FORMAT) {
            throw new IOException("unknown cache format");
        }
        boolean stopped = in.readBoolean();
        int n = in.readInt();
        List<EpochRecord> traj = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int phase = in.readInt();
            int epoch = in.readInt();
            traj.add(new EpochRecord(phase, epoch, in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
                    in.readDouble(), in.readDouble(), in.readDouble()));
        }
        double[] h = new double[in.readInt()];
        for (int i = 0; i < h.length; i++) {
            h[i] = in.readDouble();
        }
        return new RunResult(traj, h, stopped);
    }
}
