package vcl.sim.perceptron;

/**
 * {@code k · KL(Q_h ‖ uniform)}, the entropy prior (minus the weight entropy up to a constant):
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
        double beta = state.betaField();
        double[] h = state.fields();
        double[] m = state.means();
        double kl = 0;
        for (int i = 0; i < h.length; i++) {
            kl += beta * h[i] * m[i] - GradientTerm.logCosh(beta * h[i]);
        }
        return strength * kl;
    }

    @Override
    public void addGradient(FieldState state, double weight, double[] grad) {
        double beta = state.betaField();
        double c = weight * strength * beta * beta;
        double[] h = state.fields();
        double[] sigma = state.variances();
        for (int i = 0; i < h.length; i++) {
            grad[i] += c * sigma[i] * h[i];
        }
    }
}
