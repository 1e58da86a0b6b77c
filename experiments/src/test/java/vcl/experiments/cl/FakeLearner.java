package vcl.experiments.cl;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import vcl.sim.images.ImageTask;
import vcl.sim.mlp.EpochStats;
import vcl.sim.mlp.EvalMode;

/**
 * A learner whose numbers are a deterministic function of the seeds it was given, so that the
 * harness's bookkeeping (rows, checkpoints, resumption, divergence) is tested without training.
 */
final class FakeLearner implements ContinualLearner {

    private long state;
    private int epochs;
    private final int divergeAt;

    private FakeLearner(long state, int epochs, int divergeAt) {
        this.state = state;
        this.epochs = epochs;
        this.divergeAt = divergeAt;
    }

    /** Learners that diverge in their {@code divergeAt}-th epoch (0: never). */
    static Factory factory(int divergeAt) {
        return new Factory() {
            @Override
            public ContinualLearner start(long seed) {
                return new FakeLearner(seed, 0, divergeAt);
            }

            @Override
            public ContinualLearner read(DataInputStream in) throws IOException {
                return new FakeLearner(in.readLong(), in.readInt(), divergeAt);
            }
        };
    }

    @Override
    public EpochStats trainEpoch(ImageTask task, double beta, long seed) {
        epochs++;
        state = state * 31 + seed + Double.doubleToLongBits(beta) + task.name().hashCode();
        boolean diverged = epochs == divergeAt;
        return new EpochStats(diverged ? Double.NaN : 1.0 / epochs, 4, diverged);
    }

    @Override
    public void endTask() {
        state ^= 0x5DEECE66DL;
    }

    @Override
    public double accuracy(ImageTask task, double beta, EvalMode mode, int samples, long seed) {
        long h = state * 0x9E3779B97F4A7C15L + seed + mode.ordinal() + task.name().hashCode();
        return (h >>> 11) * 0x1.0p-53;
    }

    @Override
    public boolean finite() {
        return true;
    }

    @Override
    public void write(DataOutputStream out) throws IOException {
        out.writeLong(state);
        out.writeInt(epochs);
    }
}
