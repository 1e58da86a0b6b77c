package vcl.sim.perceptron;

/**
 * {@code k · KL(Q_h ‖ uniform)}, the entropy prior (minus the weight entropy up to a constant); the
 * KL prior of {@link KlPrior} with the all-zero reference:
 * <pre>
 *   KL = Σ_i [β_f h_i m_i − log cosh(β_f h_i)],   ∂KL/∂h_i = β_f² σ_i h_i.
 * </pre>
 */
public final class EntropyPrior implements GradientTerm {

    private final double strength;

    public EntropyPrior(double strength) {
        if (!(strength >= 0) || Double.isInfinite(strength)) {
            throw new IllegalArgumentException("entropy prior strength must be >= 0 and finite, got " + strength);
        }
        this.strength = strength;
    }

    @Override
    public double value(FieldState state) {
        return strength * KlPrior.divergence(state, null);
    }

    @Override
    public void addGradient(FieldState state, double weight, double[] grad) {
        KlPrior.addDivergenceGradient(state, null, weight * strength, grad);
    }
}
