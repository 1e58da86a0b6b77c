package vcl.sim.mlp;

/**
 * The activations and temporaries of one pass of a batch of {@code batch} examples through a
 * network, allocated once and reused from batch to batch. Per layer l of input width n and output
 * width m: its input a and a∘a (batch × n, in Java and native memory), the pre-activation z, its
 * standard deviation and noise (batch × m); per column block the products' outputs and, when
 * training, the gradients.
 */
final class Workspace implements AutoCloseable {

    final int batch;
    final float[][] in;
    final float[][] inSq;
    final float[][] z;
    final float[][] sd;
    final float[][] xi;
    /** Per layer and block: a·μ and (a∘a)·σ (batch × width). */
    final float[][][] meanOut;
    final float[][][] varOut;
    /** Gradient with respect to z of each layer (batch × m). */
    final float[][] gz;
    final float[][][] gBlock;
    final float[][][] gvBlock;
    final float[][][] gin1;
    final float[][][] gin2;
    /** Native twins: [l][0] = a, [l][1] = a∘a of each layer. */
    final NativeBlocks inNative;
    final NativeBlocks meanNative;
    final NativeBlocks varNative;
    final NativeBlocks gNative;
    final NativeBlocks gvNative;
    final NativeBlocks dMuNative;
    final NativeBlocks dSigmaNative;
    /** [l][b] = g·μᵀ of block b, [l][count + b] = g_v·σᵀ of block b (batch × n). */
    final NativeBlocks ginNative;

    Workspace(ColumnBlocks[] blocks, int batch, boolean training) {
        int layers = blocks.length;
        this.batch = batch;
        in = new float[layers][];
        inSq = new float[layers][];
        z = new float[layers][];
        sd = new float[layers][];
        xi = new float[layers][];
        meanOut = new float[layers][][];
        varOut = new float[layers][][];
        gz = new float[layers][];
        gBlock = new float[layers][][];
        gvBlock = new float[layers][][];
        gin1 = new float[layers][][];
        gin2 = new float[layers][][];
        int[][] ginSizes = new int[layers][];
        for (int l = 0; l < layers; l++) {
            ColumnBlocks cb = blocks[l];
            int n = cb.rows();
            int m = cb.cols();
            in[l] = new float[batch * n];
            inSq[l] = new float[batch * n];
            z[l] = new float[batch * m];
            sd[l] = new float[batch * m];
            xi[l] = new float[batch * m];
            meanOut[l] = perBlock(cb, batch);
            varOut[l] = perBlock(cb, batch);
            ginSizes[l] = new int[training ? 2 * cb.count() : 0];
            java.util.Arrays.fill(ginSizes[l], batch * n);
            if (training) {
                gz[l] = new float[batch * m];
                gBlock[l] = perBlock(cb, batch);
                gvBlock[l] = perBlock(cb, batch);
                gin1[l] = new float[cb.count()][batch * n];
                gin2[l] = new float[cb.count()][batch * n];
            }
        }
        inNative = NativeBlocks.inputs(blocks, batch, 2);
        meanNative = NativeBlocks.activations(blocks, batch);
        varNative = NativeBlocks.activations(blocks, batch);
        gNative = training ? NativeBlocks.activations(blocks, batch) : null;
        gvNative = training ? NativeBlocks.activations(blocks, batch) : null;
        dMuNative = training ? NativeBlocks.weights(blocks) : null;
        dSigmaNative = training ? NativeBlocks.weights(blocks) : null;
        ginNative = training ? new NativeBlocks(ginSizes) : null;
    }

    private static float[][] perBlock(ColumnBlocks cb, int batch) {
        float[][] out = new float[cb.count()][];
        for (int b = 0; b < out.length; b++) {
            out[b] = new float[batch * cb.width(b)];
        }
        return out;
    }

    /** Copies the first {@code rows} inputs of layer l (a and a∘a) to native memory. */
    void uploadInput(int l, int rows) {
        int size = rows * (in[l].length / batch);
        inNative.upload(l, 0, in[l], size);
        inNative.upload(l, 1, inSq[l], size);
    }

    @Override
    public void close() {
        for (NativeBlocks n : new NativeBlocks[] {inNative, meanNative, varNative, gNative, gvNative, dMuNative,
                dSigmaNative, ginNative}) {
            if (n != null) {
                n.close();
            }
        }
    }
}
