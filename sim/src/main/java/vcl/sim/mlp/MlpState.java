package vcl.sim.mlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import vcl.sim.linalg.FloatArrays;
import vcl.sim.run.RandomStreams;

/**
 * Everything a variational MLP carries from one training step to the next, layer by layer: the
 * fields θ (in the column blocks of {@link ColumnBlocks}), Adam's moments, the step count, the KL prior's gradient
 * carried to the next step (streaming anchor) and the anchor fields (task-boundary anchor). Mutable:
 * training updates it in place; {@link #write}/{@link #read} make checkpoints.
 */
public final class MlpState {

    private static final int FORMAT = 1;

    final MlpShape shape;
    final ColumnBlocks[] blocks;
    /** [layer][block][row-major rows × width] for each of the per-weight quantities. */
    final float[][][] theta;
    final float[][][] adamM;
    final float[][][] adamV;
    final float[][][] klCarry;
    float[][][] anchor;
    long step;

    private MlpState(MlpShape shape) {
        this.shape = shape;
        int layers = shape.layers();
        blocks = new ColumnBlocks[layers];
        theta = new float[layers][][];
        adamM = new float[layers][][];
        adamV = new float[layers][][];
        klCarry = new float[layers][][];
        for (int l = 0; l < layers; l++) {
            blocks[l] = new ColumnBlocks(shape.in(l), shape.out(l));
            theta[l] = blocks[l].allocate();
            adamM[l] = blocks[l].allocate();
            adamV[l] = blocks[l].allocate();
            klCarry[l] = blocks[l].allocate();
        }
    }

    /**
     * Fields drawn from N(0, 1), layer after layer, each layer's matrix in row-major order (so the
     * draw does not depend on the block layout); the optimizer and prior empty.
     */
    public static MlpState initial(MlpShape shape, long seed) {
        MlpState s = new MlpState(shape);
        UniformRandomProvider rng = RandomStreams.of(seed);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        for (int l = 0; l < shape.layers(); l++) {
            float[] matrix = new float[shape.in(l) * shape.out(l)];
            for (int i = 0; i < matrix.length; i++) {
                matrix[i] = (float) normal.sample();
            }
            s.theta[l] = s.blocks[l].split(matrix);
        }
        return s;
    }

    /** A state with the given fields (row-major in × out per layer) and an empty optimizer. */
    static MlpState ofFields(MlpShape shape, float[][] fields) {
        MlpState s = new MlpState(shape);
        for (int l = 0; l < shape.layers(); l++) {
            s.theta[l] = s.blocks[l].split(fields[l]);
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
        return blocks[l].join(theta[l]);
    }

    /** Whether every field, moment and prior term is finite. */
    public boolean finite() {
        for (float[][][] group : new float[][][][] {theta, adamM, adamV, klCarry}) {
            for (float[][] layer : group) {
                for (float[] block : layer) {
                    for (float x : block) {
                        if (!Float.isFinite(x)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    /** Freezes the current fields as the task-boundary anchor. */
    void freezeAnchor() {
        anchor = deepCopy(theta);
    }

    /** A deep copy. */
    public MlpState copy() {
        MlpState c = new MlpState(shape);
        copyInto(theta, c.theta);
        copyInto(adamM, c.adamM);
        copyInto(adamV, c.adamV);
        copyInto(klCarry, c.klCarry);
        c.anchor = anchor == null ? null : deepCopy(anchor);
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
            for (int b = 0; b < theta[l].length; b++) {
                FloatArrays.write(out, theta[l][b]);
                FloatArrays.write(out, adamM[l][b]);
                FloatArrays.write(out, adamV[l][b]);
                FloatArrays.write(out, klCarry[l][b]);
                if (anchor != null) {
                    FloatArrays.write(out, anchor[l][b]);
                }
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
            s.anchor = new float[s.theta.length][][];
        }
        for (int l = 0; l < s.theta.length; l++) {
            if (hasAnchor) {
                s.anchor[l] = s.blocks[l].allocate();
            }
            for (int b = 0; b < s.theta[l].length; b++) {
                FloatArrays.read(in, s.theta[l][b]);
                FloatArrays.read(in, s.adamM[l][b]);
                FloatArrays.read(in, s.adamV[l][b]);
                FloatArrays.read(in, s.klCarry[l][b]);
                if (hasAnchor) {
                    FloatArrays.read(in, s.anchor[l][b]);
                }
            }
        }
        return s;
    }

    private static float[][][] deepCopy(float[][][] a) {
        float[][][] c = new float[a.length][][];
        for (int l = 0; l < a.length; l++) {
            c[l] = new float[a[l].length][];
            for (int b = 0; b < a[l].length; b++) {
                c[l][b] = a[l][b].clone();
            }
        }
        return c;
    }

    private static void copyInto(float[][][] from, float[][][] to) {
        for (int l = 0; l < from.length; l++) {
            for (int b = 0; b < from[l].length; b++) {
                System.arraycopy(from[l][b], 0, to[l][b], 0, from[l][b].length);
            }
        }
    }
}
