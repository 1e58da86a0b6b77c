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
        double beta = state.betaField();
        double[] h = state.fields();
        double[] m = state.means();
        double kl = 0;
        for (int i = 0; i < h.length; i++) {
            kl += beta * (h[i] - reference[i]) * m[i] - GradientTerm.logCosh(beta * h[i])
                    + GradientTerm.logCosh(beta * reference[i]);
        }
        return gamma * kl;
    }

    @Override
    public void addGradient(FieldState state, double weight, double[] grad) {
        double beta = state.betaField();
        double c = weight * gamma * beta * beta;
        double[] h = state.fields();
        double[] sigma = state.variances();
        for (int i = 0; i < h.length; i++) {
            grad[i] += c * sigma[i] * (h[i] - reference[i]);
        }
    }
}
