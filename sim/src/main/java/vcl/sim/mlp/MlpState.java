package vcl.sim.mlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import vcl.sim.run.RandomStreams;

/**
 * Everything a variational MLP carries from one training step to the next, layer by layer: the
 * fields θ (row-major {@code in × out}), Adam's moments, the step count, the KL prior's gradient
 * carried to the next step (streaming anchor) and the anchor fields (task-boundary anchor). Mutable:
 * training updates it in place; {@link #write}/{@link #read} make checkpoints.
 */
public final class MlpState {

    private static final int FORMAT = 1;

    final MlpShape shape;
    final float[][] theta;
    final float[][] adamM;
    final float[][] adamV;
    final float[][] klCarry;
    float[][] anchor;
    long step;

    private MlpState(MlpShape shape) {
        this.shape = shape;
        int layers = shape.layers();
        theta = new float[layers][];
        adamM = new float[layers][];
        adamV = new float[layers][];
        klCarry = new float[layers][];
        for (int l = 0; l < layers; l++) {
            int size = shape.in(l) * shape.out(l);
            theta[l] = new float[size];
            adamM[l] = new float[size];
            adamV[l] = new float[size];
            klCarry[l] = new float[size];
        }
    }

    /** Fields drawn from N(0, 1), layer after layer, row-major; the optimizer and prior empty. */
    public static MlpState initial(MlpShape shape, long seed) {
        MlpState s = new MlpState(shape);
        UniformRandomProvider rng = RandomStreams.of(seed);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        for (float[] layer : s.theta) {
            for (int i = 0; i < layer.length; i++) {
                layer[i] = (float) normal.sample();
            }
        }
        return s;
    }

    public MlpShape shape() {
        return shape;
    }

    /** Training steps taken so far (over all tasks). */
    public long step() {
        return step;
    }

    /** A copy of the fields of layer {@code l} (row-major in × out). */
    public float[] fields(int l) {
        return theta[l].clone();
    }

    /** Whether every field, moment and prior term is finite. */
    public boolean finite() {
        for (float[][] group : new float[][][] {theta, adamM, adamV, klCarry}) {
            for (float[] a : group) {
                for (float x : a) {
                    if (!Float.isFinite(x)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Freezes the current fields as the task-boundary anchor. */
    void freezeAnchor() {
        anchor = new float[theta.length][];
        for (int l = 0; l < theta.length; l++) {
            anchor[l] = theta[l].clone();
        }
    }

    /** A deep copy. */
    public MlpState copy() {
        MlpState c = new MlpState(shape);
        for (int l = 0; l < theta.length; l++) {
            System.arraycopy(theta[l], 0, c.theta[l], 0, theta[l].length);
            System.arraycopy(adamM[l], 0, c.adamM[l], 0, theta[l].length);
            System.arraycopy(adamV[l], 0, c.adamV[l], 0, theta[l].length);
            System.arraycopy(klCarry[l], 0, c.klCarry[l], 0, theta[l].length);
        }
        c.anchor = anchor == null ? null : Arrays.stream(anchor).map(float[]::clone).toArray(float[][]::new);
        c.step = step;
        return c;
    }

    /** Writes the whole state (a checkpoint). */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(FORMAT);
        out.writeInt(shape.widths().size());
        for (int w : shape.widths()) {
            out.writeInt(w);
        }
        out.writeLong(step);
        out.writeBoolean(anchor != null);
        for (int l = 0; l < theta.length; l++) {
            writeFloats(out, theta[l]);
            writeFloats(out, adamM[l]);
            writeFloats(out, adamV[l]);
            writeFloats(out, klCarry[l]);
            if (anchor != null) {
                writeFloats(out, anchor[l]);
            }
        }
    }

    /** Reads a state written by {@link #write}; fails on another format or a truncated stream. */
    public static MlpState read(DataInputStream in) throws IOException {
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("checkpoint format " + format + ", expected " + FORMAT);
        }
        int n = in.readInt();
        if (n < 2 || n > 64) {
            throw new IOException("checkpoint with " + n + " layer widths");
        }
        Integer[] widths = new Integer[n];
        for (int i = 0; i < n; i++) {
            widths[i] = in.readInt();
        }
        MlpState s = new MlpState(new MlpShape(Arrays.asList(widths)));
        s.step = in.readLong();
        boolean hasAnchor = in.readBoolean();
        if (hasAnchor) {
            s.anchor = new float[s.theta.length][];
        }
        for (int l = 0; l < s.theta.length; l++) {
            readFloats(in, s.theta[l]);
            readFloats(in, s.adamM[l]);
            readFloats(in, s.adamV[l]);
            readFloats(in, s.klCarry[l]);
            if (hasAnchor) {
                s.anchor[l] = new float[s.theta[l].length];
                readFloats(in, s.anchor[l]);
            }
        }
        return s;
    }

    private static void writeFloats(DataOutputStream out, float[] a) throws IOException {
        byte[] buf = new byte[a.length * 4];
        java.nio.ByteBuffer.wrap(buf).asFloatBuffer().put(a);
        out.write(buf);
    }

    private static void readFloats(DataInputStream in, float[] a) throws IOException {
        byte[] buf = new byte[a.length * 4];
        in.readFully(buf);
        java.nio.ByteBuffer.wrap(buf).asFloatBuffer().get(a);
    }
}
