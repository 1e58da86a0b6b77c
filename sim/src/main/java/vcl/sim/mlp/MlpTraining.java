package vcl.sim.mlp;

/**
 * How the variational MLP is trained: Adam on the fields θ with the gradient of the summed
 * cross-entropy plus {@code klWeight} times the KL prior's gradient β²σ(θ − θ_anchor).
 *
 * @param learningRate    Adam step size
 * @param batchSize       examples per step
 * @param batchesPerEpoch steps per epoch (an epoch draws batchesPerEpoch·batchSize distinct examples)
 * @param beta1           Adam first-moment decay
 * @param beta2           Adam second-moment decay
 * @param epsilon         Adam denominator offset
 * @param klWeight        weight of the KL prior's gradient (0 switches it off)
 * @param anchor          what the KL prior pulls towards
 */
public record MlpTraining(double learningRate, int batchSize, int batchesPerEpoch, double beta1, double beta2,
                          double epsilon, double klWeight, KlAnchor anchor) {

    /** The paper's defaults: Adam(0.9, 0.99, 1e-8), lr 0.01, batch 64, 500 batches, streaming KL of weight 1. */
    public static final MlpTraining PAPER = new MlpTraining(0.01, 64, 500, 0.9, 0.99, 1e-8, 1, KlAnchor.STREAMING);

    public MlpTraining {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive and finite, got " + learningRate);
        }
        if (batchSize < 1 || batchesPerEpoch < 1) {
            throw new IllegalArgumentException("batch size and batches per epoch must be >= 1, got "
                    + batchSize + " and " + batchesPerEpoch);
        }
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0)) {
            throw new IllegalArgumentException("Adam needs 0 <= beta1, beta2 < 1 and epsilon > 0, got "
                    + beta1 + ", " + beta2 + ", " + epsilon);
        }
        if (!(klWeight >= 0) || !Double.isFinite(klWeight)) {
            throw new IllegalArgumentException("KL weight must be >= 0 and finite, got " + klWeight);
        }
    }

    public MlpTraining withLearningRate(double lr) {
        return new MlpTraining(lr, batchSize, batchesPerEpoch, beta1, beta2, epsilon, klWeight, anchor);
    }

    public MlpTraining withBatches(int batchSize, int batchesPerEpoch) {
        return new MlpTraining(learningRate, batchSize, batchesPerEpoch, beta1, beta2, epsilon, klWeight, anchor);
    }

    public MlpTraining withPrior(double klWeight, KlAnchor anchor) {
        return new MlpTraining(learningRate, batchSize, batchesPerEpoch, beta1, beta2, epsilon, klWeight, anchor);
    }
}
