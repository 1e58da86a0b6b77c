package vcl.sim.perceptron;

/**
 * An additive term of the training objective beyond the data loss (a prior on the fields): its
 * value and its exact gradient with respect to the fields.
 */
public interface GradientTerm {

    /** The term's value at the state's current fields. */
    double value(FieldState state);

    /** Adds {@code weight · ∂value/∂h_i} to {@code grad[i]} for every field. */
    void addGradient(FieldState state, double weight, double[] grad);

    /** {@code log cosh x}, stable for every x. */
    static double logCosh(double x) {
        double a = Math.abs(x);
        return a + Math.log1p(Math.exp(-2 * a)) - Math.log(2);
    }
}
