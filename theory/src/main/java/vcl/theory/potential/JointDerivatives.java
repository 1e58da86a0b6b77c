package vcl.theory.potential;

/** The joint energetic term {@code G_E(q, r, q*, p, d)} with its five partial derivatives. */
public record JointDerivatives(double value, double dq, double dr, double dqStar, double dp, double dd) {
}
