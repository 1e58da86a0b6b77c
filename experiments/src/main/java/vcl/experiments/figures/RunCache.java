package vcl.experiments.figures;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vcl.experiments.io.AtomicFiles;
import vcl.experiments.io.CacheEntry;
import vcl.experiments.io.VersionInfo;
import vcl.sim.run.EpochRecord;
import vcl.sim.run.RunResult;
import vcl.sim.run.SequenceRun;

/**
 * Makes long figure runs resumable: every finished task of a task sequence (a task-1 run is a
 * sequence of one task) is stored under a key made of the learner, every task up to it, their run
 * seeds, the software version and the git commit it was built from, written atomically the moment
 * it finishes. A figure command that is stopped and started again recomputes only the runs that had
 * not finished; a later task continues from the stored state of the tasks before it. A build of
 * another commit never reuses these runs; a build with uncommitted changes shares its commit's key
 * ({@code --no-cache} recomputes). Thread-safe (each run has its own file). {@link #NONE} stores
 * nothing.
 */
public final class RunCache implements SequenceRun.Store {

    /** No cache: every run is computed. */
    public static final RunCache NONE = new RunCache(null);

    /** Entries larger than this are never read (a damaged or foreign file; it is recomputed). */
    public static final long MAX_ENTRY_BYTES = 256L << 20;

    private static final int FORMAT = 3;
    private final Path dir;
    private final Consumer<String> warnings;
    private final AtomicLong hits = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicBoolean warnedFolder = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicBoolean warnedWrite = new java.util.concurrent.atomic.AtomicBoolean();

    /** A cache in {@code dir} (created on first write), or none when {@code dir} is null; warnings go to stderr. */
    public RunCache(Path dir) {
        this(dir, message -> System.err.println("vcl: warning: " + message));
    }

    /** A cache in {@code dir} that reports damaged entries (which it recomputes) to {@code warnings}. */
    public RunCache(Path dir, Consumer<String> warnings) {
        this.dir = dir;
        this.warnings = java.util.Objects.requireNonNull(warnings, "warnings");
    }

    /**
     * The stored last task of a sequence (description, run seeds), or {@code compute}'s result, stored.
     * A run that diverged is reported to the warnings (its NaN values leave the figure's point at that
     * load undrawn rather than averaged into a number).
     */
    @Override
    public RunResult get(String description, long[] runSeeds, Supplier<RunResult> compute) {
        RunResult result = lookUp(description, runSeeds, compute);
        if (result.diverged()) {
            warnings.accept("a run diverged at epoch " + result.last().epoch() + " (" + description + ", run seeds "
                    + Arrays.toString(runSeeds) + "): its values are NaN and the seed statistics it enters are"
                    + " not drawn; a smaller learning rate or weaker prior keeps it finite");
        }
        return result;
    }

    private RunResult lookUp(String description, long[] runSeeds, Supplier<RunResult> compute) {
        if (dir == null) {
            return compute.get();
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            if (!warnedFolder.getAndSet(true)) {
                warnings.accept("the run cache " + dir + " is a file, not a folder; computing without the cache");
            }
            return compute.get();
        }
        String key = key("sequence|" + description + "|" + Arrays.toString(runSeeds));
        Path file = dir.resolve(key + ".run");
        if (Files.isDirectory(file)) {
            warnings.accept("the cache entry " + file + " is a folder; computing the run without storing it");
            return compute.get();
        }
        if (Files.exists(file)) {
            try {
                RunResult stored = read(CacheEntry.read(file, key, MAX_ENTRY_BYTES));
                hits.incrementAndGet();
                return stored;
            } catch (IOException | RuntimeException e) {
                warnings.accept("ignoring the cache entry " + file + " (" + e.getMessage() + "); computing it again");
            }
        }
        RunResult result = compute.get();
        try {
            AtomicFiles.writeBytes(file, CacheEntry.bytes(key, bytes(result)));
        } catch (AtomicFiles.WriteFailure e) {
            if (!warnedWrite.getAndSet(true)) {
                warnings.accept(e.getMessage() + "; continuing without storing runs (a stopped figure will"
                        + " recompute them)");
            }
        }
        return result;
    }

    /** The cache's folder, empty for {@link #NONE} (deep figures keep their runs' folders under it). */
    public java.util.Optional<Path> folder() {
        return java.util.Optional.ofNullable(dir);
    }

    /** How many results were read from the cache rather than computed, since this instance was made. */
    public long hits() {
        return hits.get();
    }

    static String key(String what) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String text = FORMAT + "|" + VersionInfo.version() + "|" + VersionInfo.commit() + "|" + what;
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
                out.writeInt(e.task());
                out.writeInt(e.epoch());
                for (double v : e.p()) {
                    out.writeDouble(v);
                }
                for (double v : e.testError()) {
                    out.writeDouble(v);
                }
                out.writeDouble(e.selfOverlap());
                out.writeDouble(e.meanVariance());
                out.writeDouble(e.loss());
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

    private static RunResult read(byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload));
        RunResult r = read(in);
        if (in.available() != 0) {
            throw new IOException("trailing bytes after the run");
        }
        return r;
    }

    private static RunResult read(DataInputStream in) throws IOException {
        if (in.readInt() != FORMAT) {
            throw new IOException("unknown cache format");
        }
        boolean stopped = in.readBoolean();
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("damaged record count");
        }
        List<EpochRecord> traj = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int task = in.readInt();
            int epoch = in.readInt();
            if (task < 1 || task > 1_000_000) {
                throw new IOException("damaged record");
            }
            double[] p = doubles(in, task);
            double[] testError = doubles(in, task);
            traj.add(new EpochRecord(task, epoch, p, testError, in.readDouble(), in.readDouble(), in.readDouble()));
        }
        return new RunResult(traj, doubles(in, in.readInt()), stopped);
    }

    private static double[] doubles(DataInputStream in, int count) throws IOException {
        if (count < 0 || (long) count * Double.BYTES > in.available()) {
            throw new IOException("damaged length");
        }
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = in.readDouble();
        }
        return v;
    }
}
