package vcl.sim.mlp;

/**
 * The activations and temporaries of one pass of a batch of {@code batch} examples through a
 * network, allocated once and reused from batch to batch. Per layer l of input width n and output
 * width m: its input a and a∘a (batch × n), the pre-activation z, its standard deviation and noise
 * (batch × m); per column block the products' outputs and, when training, the gradients.
 */
final class Workspace {

    final int batch;
    final float[][] in;
    final float[][] inSq;
    final float[][] z;
    final float[][] sd;
    final float[][] xi;
    /** Per layer and block: a·μ and (a∘a)·σ (batch × width). */
    final float[][][] meanOut;
    final float[][][] varOut;
    /** Gradient with respect to z of the layer being back-propagated (batch × m). */
    final float[][] gz;
    final float[][][] gBlock;
    final float[][][] gvBlock;
    final float[][][] dMu;
    final float[][][] dSigma;
    final float[][][] grad;
    final float[][][] gin1;
    final float[][][] gin2;

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
        dMu = new float[layers][][];
        dSigma = new float[layers][][];
        grad = new float[layers][][];
        gin1 = new float[layers][][];
        gin2 = new float[layers][][];
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
            if (training) {
                gz[l] = new float[batch * m];
                gBlock[l] = perBlock(cb, batch);
                gvBlock[l] = perBlock(cb, batch);
                dMu[l] = cb.allocate();
                dSigma[l] = cb.allocate();
                grad[l] = cb.allocate();
                gin1[l] = new float[cb.count()][batch * n];
                gin2[l] = new float[cb.count()][batch * n];
            }
        }
    }

    private static float[][] perBlock(ColumnBlocks cb, int batch) {
        float[][] out = new float[cb.count()][];
        for (int b = 0; b < out.length; b++) {
            out[b] = new float[batch * cb.width(b)];
        }
        return out;
    }
}
