package vcl.sim.perceptron;

/**
 * {@code γ · KL(Q_h ‖ Q_ref)} between the Bernoulli weight distributions of the current fields
 * and a reference field vector (the fields learned on the previous task):
 * <pre>
 *   KL = Σ_i [β_f (h_i − ref_i) m_i − log cosh(β_f h_i) + log cosh(β_f ref_i)],
 *   ∂KL/∂h_i = β_f² σ_i (h_i − ref_i).
 * </pre>
 */
public final class KlPrior implements GradientTerm {

    private final double[] reference;
    private final double gamma;

    public KlPrior(double[] reference, double gamma) {
        if (!(gamma >= 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma must be >= 0 and finite, got " + gamma);
        }
        this.reference = reference.clone();
        this.gamma = gamma;
    }

    @Override
    public double value(FieldState state) {
        return gamma * divergence(state, reference);
    }

    @Override
    public void addGradient(FieldState state, double weight, double[] grad) {
        addDivergenceGradient(state, reference, weight * gamma, grad);
    }

    /** KL(Q_h ‖ Q_ref); a null reference is the all-zero field vector (the uniform distribution). */
    static double divergence(FieldState state, double[] reference) {
        double beta = state.betaField();
        double[] h = state.fields();
        double[] m = state.means();
        double kl = 0;
        for (int i = 0; i < h.length; i++) {
            double ref = reference == null ? 0 : reference[i];
            kl += beta * (h[i] - ref) * m[i] - GradientTerm.logCosh(beta * h[i]) + GradientTerm.logCosh(beta * ref);
        }
        return kl;
    }

    /** Adds {@code scale · ∂KL/∂h_i = scale · β_f² σ_i (h_i − ref_i)}; a null reference is all zeros. */
    static void addDivergenceGradient(FieldState state, double[] reference, double scale, double[] grad) {
        double beta = state.betaField();
        double c = scale * beta * beta;
        double[] h = state.fields();
        double[] sigma = state.variances();
        for (int i = 0; i < h.length; i++) {
            grad[i] += c * sigma[i] * (h[i] - (reference == null ? 0 : reference[i]));
        }
    }
}
