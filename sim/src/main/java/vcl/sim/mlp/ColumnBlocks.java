package vcl.sim.mlp;

/**
 * How a layer's {@code rows × cols} weight matrix is cut into column blocks of at most
 * {@link #WIDTH} columns, each stored row-major ({@code rows × width}). The blocks are the unit of
 * parallel work; their number depends only on the layer's width, never on the thread count, so the
 * arithmetic (and every number) is the same for any number of threads.
 *
 * @param rows  input width of the layer
 * @param cols  output width of the layer
 * @param width columns per block (the last block may be narrower)
 */
record ColumnBlocks(int rows, int cols, int width) {

    /** Columns per block of every network: wide enough for efficient products, two blocks for 512. */
    static final int WIDTH = 256;

    ColumnBlocks {
        if (rows < 1 || cols < 1 || width < 1) {
            throw new IllegalArgumentException("blocks of a " + rows + "×" + cols + " matrix " + width + " wide");
        }
    }

    ColumnBlocks(int rows, int cols) {
        this(rows, cols, WIDTH);
    }

    int count() {
        return (cols + width - 1) / width;
    }

    int start(int block) {
        return block * width;
    }

    int width(int block) {
        return Math.min(width, cols - block * width);
    }

    float[][] allocate() {
        float[][] out = new float[count()][];
        for (int b = 0; b < out.length; b++) {
            out[b] = new float[rows * width(b)];
        }
        return out;
    }

    /** The blocks of a row-major {@code rows × cols} matrix. */
    float[][] split(float[] matrix) {
        float[][] out = allocate();
        for (int b = 0; b < out.length; b++) {
            int w = width(b);
            for (int i = 0; i < rows; i++) {
                System.arraycopy(matrix, i * cols + start(b), out[b], i * w, w);
            }
        }
        return out;
    }

    /** The row-major {@code rows × cols} matrix of these blocks. */
    float[] join(float[][] blocks) {
        float[] out = new float[rows * cols];
        for (int b = 0; b < blocks.length; b++) {
            int w = width(b);
            for (int i = 0; i < rows; i++) {
                System.arraycopy(blocks[b], i * w, out, i * cols + start(b), w);
            }
        }
        return out;
    }
}
