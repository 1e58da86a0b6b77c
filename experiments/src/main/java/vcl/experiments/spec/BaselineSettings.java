package vcl.experiments.spec;

/**
 * The hyper-parameters of the reference methods of {@code vcl cl run} that the variational method
 * does not have (each method reads its own; all are recorded in the provenance of every run).
 *
 * @param metaM      metaplasticity strength m of {@code --method meta}: f_meta = 1 − tanh²(m·|W_h|)
 *                   ({@code --meta-m}, ≥ 0; 0 is the plain binarized network)
 * @param ewcLambda  strength λ of the EWC penalty (λ/2)·Σ F_i (θ_i − θ*_i)² of {@code --method ewc}
 *                   ({@code --ewc-lambda}, ≥ 0)
 */
public record BaselineSettings(double metaM, double ewcLambda) {

    /** Metaplasticity's m for permuted MNIST in Laborieux et al. (2021). */
    public static final double PAPER_META_M = 1.35;
    /** The EWC strength used unless {@code --ewc-lambda} says otherwise. */
    public static final double DEFAULT_EWC_LAMBDA = 100;

    public static final BaselineSettings DEFAULTS = new BaselineSettings(PAPER_META_M, DEFAULT_EWC_LAMBDA);

    public BaselineSettings {
        Range.nonNegative(1e6).check("--meta-m", metaM);
        Range.nonNegative(1e12).check("--ewc-lambda", ewcLambda);
    }
}
