package vcl.sim.mlp;

import org.bytedeco.javacpp.FloatPointer;

/**
 * Native-memory twins of per-layer, per-block float arrays: what the matrix products read and
 * write. Copying a block in or out is one memory copy; handing Java arrays to the products instead
 * would copy every operand in and out at every call.
 */
final class NativeBlocks implements AutoCloseable {

    private final FloatPointer[][] blocks;

    /** Twins of arrays of the given sizes ([layer][block] → number of floats). */
    NativeBlocks(int[][] sizes) {
        blocks = new FloatPointer[sizes.length][];
        for (int l = 0; l < sizes.length; l++) {
            blocks[l] = new FloatPointer[sizes[l].length];
            for (int b = 0; b < sizes[l].length; b++) {
                blocks[l][b] = new FloatPointer((long) sizes[l][b]);
            }
        }
    }

    /** Twins of weight-shaped blocks (rows × width of each block of each layer). */
    static NativeBlocks weights(ColumnBlocks[] layout) {
        int[][] sizes = new int[layout.length][];
        for (int l = 0; l < layout.length; l++) {
            sizes[l] = new int[layout[l].count()];
            for (int b = 0; b < sizes[l].length; b++) {
                sizes[l][b] = layout[l].rows() * layout[l].width(b);
            }
        }
        return new NativeBlocks(sizes);
    }

    /** Twins of activation-shaped blocks (batch × width of each block of each layer). */
    static NativeBlocks activations(ColumnBlocks[] layout, int batch) {
        int[][] sizes = new int[layout.length][];
        for (int l = 0; l < layout.length; l++) {
            sizes[l] = new int[layout[l].count()];
            for (int b = 0; b < sizes[l].length; b++) {
                sizes[l][b] = batch * layout[l].width(b);
            }
        }
        return new NativeBlocks(sizes);
    }

    /** One array per layer of {@code batch × rows} (a layer's input), one "block" each. */
    static NativeBlocks inputs(ColumnBlocks[] layout, int batch, int copies) {
        int[][] sizes = new int[layout.length][copies];
        for (int l = 0; l < layout.length; l++) {
            java.util.Arrays.fill(sizes[l], batch * layout[l].rows());
        }
        return new NativeBlocks(sizes);
    }

    FloatPointer get(int layer, int block) {
        return blocks[layer][block];
    }

    /** Copies the first {@code n} floats of {@code from} into the twin. */
    void upload(int layer, int block, float[] from, int n) {
        blocks[layer][block].position(0).put(from, 0, n);
    }

    /** Copies the first {@code n} floats of the twin into {@code to}. */
    void download(int layer, int block, float[] to, int n) {
        blocks[layer][block].position(0).get(to, 0, n);
    }

    @Override
    public void close() {
        for (FloatPointer[] layer : blocks) {
            for (FloatPointer p : layer) {
                p.close();
            }
        }
    }
}
