package vcl.theory.replica;

/** The energetic term {@code G_E(q, r, q*)} with its three partial derivatives. */
public record EnergeticDerivatives(double value, double dq, double dr, double dqStar) {
}
