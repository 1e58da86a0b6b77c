package vcl.sim.bnn;

/**
 * How the binarized network is trained.
 *
 * @param learningRate    Adam step size
 * @param batchSize       examples per step
 * @param batchesPerEpoch steps per epoch (distinct examples of one shuffle)
 * @param beta1           Adam first-moment decay
 * @param beta2           Adam second-moment decay
 * @param epsilon         Adam denominator offset
 * @param metaM           metaplasticity strength m (0: plain Adam, the binarized network without consolidation)
 * @param initRadius      hidden weights start uniform in (−initRadius, initRadius)
 * @param bnMomentum      weight of a batch's statistics in the running averages
 * @param bnEpsilon       offset of the variance in batch normalisation
 * @param statistics      which running statistics evaluate a task
 */
public record BnnSettings(double learningRate, int batchSize, int batchesPerEpoch, double beta1, double beta2,
                          double epsilon, double metaM, double initRadius, double bnMomentum, double bnEpsilon,
                          BnStatistics statistics) {

    /**
     * The authors' values: Adam(0.9, 0.999, 1e-8) at lr 0.005, m = 1.35, init U(−0.05, 0.05),
     * batch-norm momentum 0.1 and ε 1e-5, per-task statistics; batch 100 of 600 a 60000-image epoch.
     */
    public static final BnnSettings PAPER =
            new BnnSettings(0.005, 100, 600, 0.9, 0.999, 1e-8, 1.35, 0.05, 0.1, 1e-5, BnStatistics.PER_TASK);

    public BnnSettings {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive and finite, got " + learningRate);
        }
        if (batchSize < 2 || batchesPerEpoch < 1) {
            throw new IllegalArgumentException("batch normalisation needs batches of >= 2 and >= 1 batch, got "
                    + batchSize + " and " + batchesPerEpoch);
        }
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0)) {
            throw new IllegalArgumentException("Adam needs 0 <= beta1, beta2 < 1 and epsilon > 0, got "
                    + beta1 + ", " + beta2 + ", " + epsilon);
        }
        if (!(metaM >= 0) || !Double.isFinite(metaM)) {
            throw new IllegalArgumentException("metaplasticity m must be >= 0 and finite, got " + metaM);
        }
        if (!(initRadius > 0) || !Double.isFinite(initRadius)) {
            throw new IllegalArgumentException("initial weight radius must be positive, got " + initRadius);
        }
        if (!(bnMomentum > 0 && bnMomentum <= 1) || !(bnEpsilon > 0)) {
            throw new IllegalArgumentException("batch norm needs 0 < momentum <= 1 and epsilon > 0, got "
                    + bnMomentum + ", " + bnEpsilon);
        }
        if (statistics == null) {
            throw new IllegalArgumentException("batch-norm statistics kind missing");
        }
    }

    public BnnSettings withLearningRate(double lr) {
        return new BnnSettings(lr, batchSize, batchesPerEpoch, beta1, beta2, epsilon, metaM, initRadius,
                bnMomentum, bnEpsilon, statistics);
    }

    public BnnSettings withBatches(int batch, int batches) {
        return new BnnSettings(learningRate, batch, batches, beta1, beta2, epsilon, metaM, initRadius,
                bnMomentum, bnEpsilon, statistics);
    }

    public BnnSettings withMetaM(double m) {
        return new BnnSettings(learningRate, batchSize, batchesPerEpoch, beta1, beta2, epsilon, m, initRadius,
                bnMomentum, bnEpsilon, statistics);
    }

    public BnnSettings withStatistics(BnStatistics s) {
        return new BnnSettings(learningRate, batchSize, batchesPerEpoch, beta1, beta2, epsilon, metaM, initRadius,
                bnMomentum, bnEpsilon, s);
    }
}
