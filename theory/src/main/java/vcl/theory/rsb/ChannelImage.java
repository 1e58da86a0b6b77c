package vcl.theory.rsb;

/**
 * The 1RSB energetic term {@code G_E(q0, q1, q*, r)}, its partial derivatives (analytic forms,
 * docs/theory-beyond.md section "1RSB solution") and its explicit derivative in the Parisi parameter.
 *
 * @param slopeSquare {@code 2∫Dz0 A [g²]}, so that {@code ∂G_E/∂q1 = −½(1 − x)·slopeSquare} and
 *     {@code q̂1 = α·slopeSquare} (finite at x = 1)
 */
public record ChannelImage(double gE, double dq0, double dq1, double dqStar, double dr, double dGeDx,
        double slopeSquare) {
}
