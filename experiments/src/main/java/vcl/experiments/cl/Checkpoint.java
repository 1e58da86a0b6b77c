package vcl.experiments.cl;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        RunFolder.write(file, raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
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
        });
    }

    /**
     * Reads the checkpoint of seed {@code seed} if there is one (null otherwise); an
     * {@link IOException} naming the file if it is malformed or belongs to another run.
     */
    static Loaded read(Path file, String identity, int seed, long runSeed, ContinualLearner.Factory learners)
            throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
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
            if (done < 0 || count < 0) {
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
            throw unreadable(file, "truncated");
        } catch (IOException e) {
            throw unreadable(file, e.getMessage());
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

    private static IOException unreadable(Path file, String why) {
        return new IOException("cannot resume from checkpoint " + file + " (" + why
                + "); delete it to run that seed again from the start");
    }
}
