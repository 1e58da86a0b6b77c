package vcl.sim.bnn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import vcl.sim.linalg.FloatArrays;
import vcl.sim.mlp.MlpShape;
import vcl.sim.run.RandomStreams;

/**
 * Everything a binarized network carries from one step to the next, layer by layer: the hidden
 * weights W_h (row-major in × out), the batch-norm scale γ and shift β, the running mean and
 * variance, the batch-norm state each finished task ended with (by task name), Adam's moments of
 * every parameter and its step count since the last reset. Mutable: training updates it in place;
 * {@link #write}/{@link #read} make checkpoints.
 */
public final class BnnState {

    private static final int FORMAT = 1;
    /** Per-layer batch-norm quantities kept per task: mean, variance, scale, shift. */
    private static final int KEPT = 4;

    final MlpShape shape;
    final float[][] weights;
    final float[][] gamma;
    final float[][] shift;
    final float[][] runMean;
    final float[][] runVar;
    /** Adam moments: [layer] for the weights, the scales and the shifts. */
    final float[][] mW;
    final float[][] vW;
    final float[][] mGamma;
    final float[][] vGamma;
    final float[][] mShift;
    final float[][] vShift;
    /** Task name → {running means, running variances, scales γ, shifts β} per layer, frozen at the task's end. */
    final Map<String, float[][][]> taskStatistics = new LinkedHashMap<>();
    /** The task trained last (its statistics are frozen at {@link BinarizedMlp#endTask}); "" before any. */
    String currentTask = "";
    long adamStep;

    private BnnState(MlpShape shape) {
        this.shape = shape;
        int layers = shape.layers();
        weights = new float[layers][];
        gamma = new float[layers][];
        shift = new float[layers][];
        runMean = new float[layers][];
        runVar = new float[layers][];
        mW = new float[layers][];
        vW = new float[layers][];
        mGamma = new float[layers][];
        vGamma = new float[layers][];
        mShift = new float[layers][];
        vShift = new float[layers][];
        for (int l = 0; l < layers; l++) {
            int n = shape.in(l) * shape.out(l);
            int out = shape.out(l);
            weights[l] = new float[n];
            mW[l] = new float[n];
            vW[l] = new float[n];
            gamma[l] = new float[out];
            shift[l] = new float[out];
            runMean[l] = new float[out];
            runVar[l] = new float[out];
            mGamma[l] = new float[out];
            vGamma[l] = new float[out];
            mShift[l] = new float[out];
            vShift[l] = new float[out];
        }
    }

    /**
     * Hidden weights uniform in (−radius, radius), drawn layer after layer in row-major order from
     * {@code seed}; γ = 1, β = 0, running mean 0 and variance 1; Adam empty.
     */
    public static BnnState initial(MlpShape shape, double radius, long seed) {
        BnnState s = new BnnState(shape);
        UniformRandomProvider rng = RandomStreams.of(seed);
        for (int l = 0; l < shape.layers(); l++) {
            float[] w = s.weights[l];
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) (radius * (2 * rng.nextDouble() - 1));
            }
            Arrays.fill(s.gamma[l], 1f);
            Arrays.fill(s.runVar[l], 1f);
        }
        return s;
    }

    public MlpShape shape() {
        return shape;
    }

    /** A copy of the hidden weights of layer {@code l} (row-major in × out). */
    public float[] hiddenWeights(int l) {
        return weights[l].clone();
    }

    /** Adam steps since the last reset (task boundary). */
    public long adamStep() {
        return adamStep;
    }

    /** Names of the tasks whose batch-norm statistics are kept, in order. */
    public java.util.Set<String> tasksWithStatistics() {
        return java.util.Collections.unmodifiableSet(taskStatistics.keySet());
    }

    /** Whether every parameter, moment and statistic is finite. */
    public boolean finite() {
        for (float[][] group : new float[][][] {weights, gamma, shift, runMean, runVar, mW, vW, mGamma, vGamma,
                mShift, vShift}) {
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

    /** Empties Adam's moments and restarts its step count (a new optimizer, as at each task). */
    void resetOptimizer() {
        for (float[][] group : new float[][][] {mW, vW, mGamma, vGamma, mShift, vShift}) {
            for (float[] a : group) {
                Arrays.fill(a, 0f);
            }
        }
        adamStep = 0;
    }

    /** Keeps the current batch-norm state (running statistics, scales, shifts) as that of {@code task}. */
    void freezeStatistics(String task) {
        float[][][] kept = new float[KEPT][weights.length][];
        for (int l = 0; l < weights.length; l++) {
            kept[0][l] = runMean[l].clone();
            kept[1][l] = runVar[l].clone();
            kept[2][l] = gamma[l].clone();
            kept[3][l] = shift[l].clone();
        }
        taskStatistics.put(task, kept);
    }

    /** Writes the whole state (a checkpoint). */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(FORMAT);
        out.writeInt(shape.widths().size());
        for (int w : shape.widths()) {
            out.writeInt(w);
        }
        out.writeLong(adamStep);
        out.writeUTF(currentTask);
        for (float[][] group : groups()) {
            for (float[] a : group) {
                FloatArrays.write(out, a);
            }
        }
        out.writeInt(taskStatistics.size());
        for (Map.Entry<String, float[][][]> e : taskStatistics.entrySet()) {
            out.writeUTF(e.getKey());
            for (float[][] part : e.getValue()) {
                for (float[] a : part) {
                    FloatArrays.write(out, a);
                }
            }
        }
    }

    /** Reads a state written by {@link #write}; an {@link IOException} on another format or a truncated stream. */
    public static BnnState read(DataInputStream in) throws IOException {
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("binarized-network checkpoint format " + format + ", expected " + FORMAT);
        }
        int n = in.readInt();
        if (n < 2 || n > 64) {
            throw new IOException("checkpoint with " + n + " layer widths");
        }
        Integer[] widths = new Integer[n];
        for (int i = 0; i < n; i++) {
            widths[i] = in.readInt();
            if (widths[i] < 1 || widths[i] > 1 << 20) {
                throw new IOException("checkpoint with a layer of width " + widths[i]);
            }
        }
        BnnState s = new BnnState(new MlpShape(Arrays.asList(widths)));
        s.adamStep = in.readLong();
        s.currentTask = in.readUTF();
        for (float[][] group : s.groups()) {
            for (float[] a : group) {
                FloatArrays.read(in, a);
            }
        }
        int tasks = in.readInt();
        if (tasks < 0 || tasks > 1 << 16) {
            throw new IOException("checkpoint with " + tasks + " tasks' statistics");
        }
        for (int t = 0; t < tasks; t++) {
            String name = in.readUTF();
            float[][][] kept = new float[KEPT][n - 1][];
            for (float[][] part : kept) {
                for (int l = 0; l < n - 1; l++) {
                    part[l] = new float[widths[l + 1]];
                    FloatArrays.read(in, part[l]);
                }
            }
            s.taskStatistics.put(name, kept);
        }
        return s;
    }

    private float[][][] groups() {
        return new float[][][] {weights, gamma, shift, runMean, runVar, mW, vW, mGamma, vGamma, mShift, vShift};
    }
}
