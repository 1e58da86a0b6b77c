package vcl.theory.potential;

/**
 * Replica-symmetric order parameters of a system constrained around a one-step reference: its own
 * {@code q}, {@code r}, {@code q*}, the overlap {@code d} with the reference replica it is held to,
 * {@code p1} with the other reference replicas of that replica's block and {@code p0} with the
 * reference replicas of the other blocks. Checked here: finite and {@code 0 ≤ r² < q < q* < 1};
 * positivity of the joint field covariance is checked where it is used ({@link RsbJointEnergetic}).
 */
public record RsbCoupledOrder(double q, double r, double qStar, double p1, double p0, double d) {

    public RsbCoupledOrder {
        if (!(Double.isFinite(q) && Double.isFinite(r) && Double.isFinite(qStar) && Double.isFinite(p1)
                && Double.isFinite(p0) && Double.isFinite(d))) {
            throw new IllegalArgumentException("coupled order parameters must be finite");
        }
        if (!(q > 0 && r * r < q && q < qStar && qStar < 1)) {
            throw new IllegalArgumentException("need 0 <= r^2 < q < q* < 1: q=" + q + " r=" + r + " q*=" + qStar);
        }
    }

    /** Largest absolute difference of q, r, q*, p1, p0. */
    public double distance(RsbCoupledOrder o) {
        return Math.max(Math.max(Math.max(Math.abs(q - o.q), Math.abs(r - o.r)), Math.abs(qStar - o.qStar)),
                Math.max(Math.abs(p1 - o.p1), Math.abs(p0 - o.p0)));
    }
}
