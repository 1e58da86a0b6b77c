package vcl.experiments.cl;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vcl.experiments.io.CacheEntry;
import vcl.sim.mlp.EvalMode;

/**
 * The checkpoint of one seed, {@code checkpoints/seed-<k>.ckpt} in the run's folder, rewritten
 * atomically after every epoch: the run's identity (so a checkpoint is never read into another
 * run), the seed, its progress (position, divergence, time, accuracy rows) and the learner's whole
 * state (none after a divergence). Binary, big-endian ({@link DataOutputStream}).
 */
final class Checkpoint {

    private static final int MAGIC = 0x56434c43;   // "VCLC"
    private static final int FORMAT = 1;

    /** A checkpoint as read: the progress and, unless the seed diverged, the learner to continue with. */
    record Loaded(SeedProgress progress, ContinualLearner learner) {
    }

    private Checkpoint() {
    }

    /** The checkpoint of seed index {@code seed} in the run folder {@code dir}. */
    static Path file(Path dir, int seed) {
        return dir.resolve("checkpoints").resolve("seed-" + seed + ".ckpt");
    }

    /** Writes the checkpoint atomically; {@code learner} may be null (a diverged seed). Unwritable: exit 2. */
    static void write(Path file, String identity, int seed, long runSeed, SeedProgress progress,
                      ContinualLearner learner) {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream(1 << 16);
        try {
            DataOutputStream out = new DataOutputStream(buf);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(identity);
            out.writeInt(seed);
            out.writeLong(runSeed);
            out.writeInt(progress.epochsDone());
            out.writeDouble(progress.wallSeconds());
            SeedProgress.Divergence d = progress.divergence();
            out.writeBoolean(d != null);
            if (d != null) {
                out.writeInt(d.task());
                out.writeInt(d.epoch());
                out.writeDouble(d.beta());
            }
            out.writeInt(progress.rows().size());
            for (AccuracyRow r : progress.rows()) {
                out.writeInt(r.afterTask());
                out.writeInt(r.epoch());
                out.writeDouble(r.beta());
                out.writeInt(r.evalTask());
                out.writeUTF(r.mode().id());
                out.writeDouble(r.accuracy());
            }
            out.writeBoolean(learner != null);
            if (learner != null) {
                learner.write(out);
            }
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] entry = CacheEntry.bytes(key(identity, seed, runSeed), buf.toByteArray());
        RunFolder.write(file, raw -> raw.write(entry));
    }

    /** The key a checkpoint is stored under: the run's identity, the seed index and its run seed. */
    private static String key(String identity, int seed, long runSeed) {
        return identity + "|seed " + seed + "|" + runSeed;
    }

    /** The largest checkpoint read: 1 GiB, or a quarter of the heap if less (a larger file is damaged). */
    static long maxBytes() {
        return Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 4);
    }

    /**
     * Reads the checkpoint of seed {@code seed} if there is one (null otherwise). A checkpoint that
     * is damaged, oversized or belongs to another run is reported on {@code warnings} and ignored
     * (null: the seed starts again from the beginning); a folder in its place cannot be replaced by
     * the run's checkpoints: exit 2 naming it.
     */
    static Loaded read(Path file, String identity, int seed, long runSeed, ContinualLearner.Factory learners,
            java.util.function.Consumer<String> warnings) {
        if (!Files.exists(file)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            throw new java.io.UncheckedIOException("cannot use " + file + ": it is a folder where the run keeps"
                    + " the checkpoint of seed " + seed + "; remove it", new IOException("a folder"));
        }
        try {
            return parse(file, CacheEntry.read(file, key(identity, seed, runSeed), maxBytes()), identity, seed,
                    runSeed, learners);
        } catch (IOException | RuntimeException e) {
            warnings.accept("ignoring checkpoint " + file + " (" + e.getMessage() + "); seed " + seed
                    + " starts again from the beginning");
            return null;
        }
    }

    private static Loaded parse(Path file, byte[] payload, String identity, int seed, long runSeed,
            ContinualLearner.Factory learners) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IOException("not a checkpoint of this version");
            }
            if (!in.readUTF().equals(identity) || in.readInt() != seed || in.readLong() != runSeed) {
                throw new IOException("written by another run");
            }
            int done = in.readInt();
            double wall = in.readDouble();
            SeedProgress.Divergence divergence = in.readBoolean()
                    ? new SeedProgress.Divergence(in.readInt(), in.readInt(), in.readDouble()) : null;
            int count = in.readInt();
            if (done < 0 || count < 0 || count > payload.length) {
                throw new IOException("negative counts");
            }
            List<AccuracyRow> rows = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                rows.add(new AccuracyRow(seed, in.readInt(), in.readInt(), in.readDouble(), in.readInt(),
                        mode(in.readUTF()), in.readDouble()));
            }
            ContinualLearner learner = in.readBoolean() ? learners.read(in) : null;
            if (learner == null && divergence == null) {
                throw new IOException("no learner state");
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return new Loaded(new SeedProgress(done, divergence, wall, rows), learner);
        } catch (EOFException e) {
            throw new IOException("truncated");
        }
    }

    private static EvalMode mode(String id) throws IOException {
        for (EvalMode m : EvalMode.values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new IOException("unknown evaluation mode '" + id + "'");
    }

}
