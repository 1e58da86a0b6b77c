package vcl.theory.potential;

/**
 * Replica-symmetric order parameters of the constrained system: its own {@code q = m^a·m^b/N},
 * teacher overlap {@code r}, self overlap {@code q*}, the overlap {@code d = m·m1/N} with the
 * reference it is coupled to and {@code p}, its overlap with the other replicas of the reference.
 * Checked here: finite and {@code 0 ≤ r² < q < q* < 1}; positivity of the joint field covariance
 * is checked where it is used ({@link JointEnergetic}).
 */
public record CoupledOrder(double q, double r, double qStar, double p, double d) {

    public CoupledOrder {
        if (!(Double.isFinite(q) && Double.isFinite(r) && Double.isFinite(qStar) && Double.isFinite(p)
                && Double.isFinite(d))) {
            throw new IllegalArgumentException("coupled order parameters must be finite");
        }
        if (!(q > 0 && r * r < q && q < qStar && qStar < 1)) {
            throw new IllegalArgumentException("need 0 <= r^2 < q < q* < 1: q=" + q + " r=" + r + " q*=" + qStar);
        }
    }

    /** Largest absolute difference of q, r, q*, p. */
    public double distance(CoupledOrder o) {
        return Math.max(Math.max(Math.abs(q - o.q), Math.abs(r - o.r)),
                Math.max(Math.abs(qStar - o.qStar), Math.abs(p - o.p)));
    }
}
