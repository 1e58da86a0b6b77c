package vcl.sim.ewc;

/**
 * The consolidation of elastic weight consolidation.
 *
 * @param lambda        strength λ of the penalty (λ/2)·Σ_i F_i (θ_i − θ*_i)² (0: plain sequential training)
 * @param fisherSamples training images of a finished task whose squared log-likelihood gradients are averaged
 *                      into its diagonal Fisher (fewer if the task has fewer)
 */
public record EwcSettings(double lambda, int fisherSamples) {

    /** Images per Fisher estimate unless said otherwise. */
    public static final int DEFAULT_FISHER_SAMPLES = 1000;

    public EwcSettings {
        if (!(lambda >= 0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("EWC lambda must be >= 0 and finite, got " + lambda);
        }
        if (fisherSamples < 1) {
            throw new IllegalArgumentException("Fisher samples must be >= 1, got " + fisherSamples);
        }
    }

    /** Strength {@code lambda} with {@link #DEFAULT_FISHER_SAMPLES} Fisher samples. */
    public static EwcSettings of(double lambda) {
        return new EwcSettings(lambda, DEFAULT_FISHER_SAMPLES);
    }
}
