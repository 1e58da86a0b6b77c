package vcl.sim.mlp;

/**
 * The means μ = tanh βθ and variances σ = 1 − μ² of every weight, in column blocks in native
 * memory, where the matrix products read them. Training keeps them current block by block
 * ({@link FieldUpdate} writes them after each step); the fields θ stay the single source.
 */
final class WeightMoments implements AutoCloseable {

    final ColumnBlocks[] layout;
    final NativeBlocks muNative;
    final NativeBlocks sigmaNative;

    WeightMoments(ColumnBlocks[] layout) {
        this.layout = layout;
        muNative = NativeBlocks.weights(layout);
        sigmaNative = NativeBlocks.weights(layout);
    }

    /** Computes block b of layer l from its fields at {@code beta}. */
    void compute(int l, int b, float[] theta, float beta) {
        float[] mu = new float[theta.length];
        float[] sigma = new float[theta.length];
        FastTanh.meanAndVariance(theta, beta, mu, sigma);
        muNative.upload(l, b, mu, mu.length);
        sigmaNative.upload(l, b, sigma, sigma.length);
    }

    @Override
    public void close() {
        muNative.close();
        sigmaNative.close();
    }
}
