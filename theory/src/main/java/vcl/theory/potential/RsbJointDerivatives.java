package vcl.theory.potential;

/**
 * The joint energetic term around a one-step reference, {@code G_E(q, r, q*, p1, p0, d)}, and its
 * derivatives. The overlaps with the other reference replicas enter through
 * {@code ∂G_E/∂p1 = (x − 1) P1} and {@code ∂G_E/∂p0 = −x P0}, so that the conjugates
 * {@code p̂1 = −α∂G_E/∂p1/(1 − x) = αP1} and {@code p̂0 = −α∂G_E/∂p0/x = αP0} are defined for every
 * x ∈ (0, 1]; {@code p1Slope} is P1 and {@code p0Slope} is P0.
 */
public record RsbJointDerivatives(double value, double dq, double dr, double dqStar, double p1Slope,
        double p0Slope, double dd, double x) {

    /** {@code ∂G_E/∂p1}. */
    public double dp1() {
        return (x - 1) * p1Slope;
    }

    /** {@code ∂G_E/∂p0}. */
    public double dp0() {
        return -x * p0Slope;
    }
}
