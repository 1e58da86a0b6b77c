package vcl.sim.ewc;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import vcl.sim.linalg.FloatArrays;
import vcl.sim.mlp.MlpShape;
import vcl.sim.run.RandomStreams;

/**
 * Everything an EWC network carries from one step to the next, layer by layer (each matrix
 * row-major, input × output): the weights θ, Adam's moments and step count, the consolidated
 * Fisher F (the sum of the finished tasks' diagonal Fishers) and the anchor θ* (the weights at the
 * end of the latest task; none before the first). Mutable: training updates it in place;
 * {@link #write}/{@link #read} make checkpoints.
 */
public final class EwcState {

    private static final int MAGIC = 0x45574331;   // "EWC1"

    final MlpShape shape;
    final float[][] weights;
    final float[][] adamM;
    final float[][] adamV;
    final float[][] fisher;
    float[][] anchor;
    long step;
    int consolidated;

    private EwcState(MlpShape shape) {
        this.shape = shape;
        int layers = shape.layers();
        weights = new float[layers][];
        adamM = new float[layers][];
        adamV = new float[layers][];
        fisher = new float[layers][];
        for (int l = 0; l < layers; l++) {
            int n = shape.in(l) * shape.out(l);
            weights[l] = new float[n];
            adamM[l] = new float[n];
            adamV[l] = new float[n];
            fisher[l] = new float[n];
        }
    }

    /**
     * He (Kaiming) normal weights, N(0, 2/fan-in), drawn layer after layer in row-major order from
     * {@code seed}; Adam, Fisher and anchor empty.
     */
    public static EwcState initial(MlpShape shape, long seed) {
        EwcState s = new EwcState(shape);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(RandomStreams.of(seed));
        for (int l = 0; l < shape.layers(); l++) {
            double scale = Math.sqrt(2.0 / shape.in(l));
            float[] w = s.weights[l];
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) (scale * normal.sample());
            }
        }
        return s;
    }

    /** A state with the given weights (row-major input × output per layer), the rest empty. */
    public static EwcState ofWeights(MlpShape shape, float[][] weights) {
        EwcState s = new EwcState(shape);
        for (int l = 0; l < shape.layers(); l++) {
            if (weights[l].length != s.weights[l].length) {
                throw new IllegalArgumentException("layer " + l + ": " + weights[l].length + " weights, expected "
                        + s.weights[l].length);
            }
            System.arraycopy(weights[l], 0, s.weights[l], 0, weights[l].length);
        }
        return s;
    }

    public MlpShape shape() {
        return shape;
    }

    /** Training steps taken so far (over all tasks; Adam is never reset). */
    public long step() {
        return step;
    }

    /** Tasks consolidated so far. */
    public int consolidatedTasks() {
        return consolidated;
    }

    /** A copy of layer {@code l}'s weights (row-major input × output). */
    public float[] weights(int l) {
        return weights[l].clone();
    }

    /** A copy of layer {@code l}'s consolidated Fisher (zeros before the first task ends). */
    public float[] fisher(int l) {
        return fisher[l].clone();
    }

    /** A copy of layer {@code l}'s anchor θ*, or null before the first task ends. */
    public float[] anchor(int l) {
        return anchor == null ? null : anchor[l].clone();
    }

    /** Whether every weight, moment and Fisher entry is finite. */
    public boolean finite() {
        for (int l = 0; l < shape.layers(); l++) {
            if (!finite(weights[l]) || !finite(adamM[l]) || !finite(adamV[l]) || !finite(fisher[l])) {
                return false;
            }
        }
        return true;
    }

    private static boolean finite(float[] a) {
        for (float x : a) {
            if (!Float.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    /** Writes the whole state (big-endian). */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(shape.widths().size());
        for (int w : shape.widths()) {
            out.writeInt(w);
        }
        out.writeLong(step);
        out.writeInt(consolidated);
        out.writeBoolean(anchor != null);
        for (int l = 0; l < shape.layers(); l++) {
            FloatArrays.write(out, weights[l]);
            FloatArrays.write(out, adamM[l]);
            FloatArrays.write(out, adamV[l]);
            FloatArrays.write(out, fisher[l]);
            if (anchor != null) {
                FloatArrays.write(out, anchor[l]);
            }
        }
    }

    /** Reads what {@link #write} wrote; an {@link IOException} if it is not an EWC state. */
    public static EwcState read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not an EWC network state");
        }
        int count = in.readInt();
        if (count < 2 || count > 64) {
            throw new IOException("a network of " + count + " widths");
        }
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int w = in.readInt();
            if (w < 1 || w > 1 << 16) {
                throw new IOException("a layer width of " + w);
            }
            widths.add(w);
        }
        EwcState s = new EwcState(new MlpShape(widths));
        s.step = in.readLong();
        s.consolidated = in.readInt();
        boolean anchored = in.readBoolean();
        if (s.step < 0 || s.consolidated < 0 || anchored != (s.consolidated > 0)) {
            throw new IOException("inconsistent step or task counts");
        }
        if (anchored) {
            s.anchor = new float[s.shape.layers()][];
        }
        for (int l = 0; l < s.shape.layers(); l++) {
            FloatArrays.read(in, s.weights[l]);
            FloatArrays.read(in, s.adamM[l]);
            FloatArrays.read(in, s.adamV[l]);
            FloatArrays.read(in, s.fisher[l]);
            if (anchored) {
                s.anchor[l] = new float[s.weights[l].length];
                FloatArrays.read(in, s.anchor[l]);
            }
        }
        return s;
    }
}
