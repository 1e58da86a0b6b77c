package vcl.theory.replica;

/**
 * Conjugate order parameters {@code q̂, r̂, q̂*} (Lagrange multipliers of q, r, q*). q̂ and r̂ may be
 * +∞: the limit in which binary weights are frozen onto the teacher (q = r = 1, the perfect state);
 * otherwise they are finite.
 */
public record Conjugates(double qHat, double rHat, double qStarHat) {

    /** The conjugates of the perfect state of binary weights, {@code q̂ = r̂ = +∞, q̂* = 0}. */
    public static final Conjugates FROZEN = new Conjugates(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0);

    public Conjugates {
        boolean frozen = qHat == Double.POSITIVE_INFINITY && rHat == Double.POSITIVE_INFINITY;
        if (!(frozen || Double.isFinite(qHat) && Double.isFinite(rHat)) || !Double.isFinite(qStarHat)) {
            throw new IllegalArgumentException("conjugates must be finite: q^=" + qHat + " r^=" + rHat + " q*^=" + qStarHat);
        }
        if (qHat < 0) {
            throw new IllegalArgumentException("q^ must be >= 0 (it is a variance), got " + qHat);
        }
    }
}
