package vcl.theory.replica;

/** Conjugate order parameters {@code q̂, r̂, q̂*} (Lagrange multipliers of q, r, q*). */
public record Conjugates(double qHat, double rHat, double qStarHat) {

    public Conjugates {
        if (!(Double.isFinite(qHat) && Double.isFinite(rHat) && Double.isFinite(qStarHat))) {
            throw new IllegalArgumentException("conjugates must be finite: q^=" + qHat + " r^=" + rHat + " q*^=" + qStarHat);
        }
        if (qHat < 0) {
            throw new IllegalArgumentException("q^ must be >= 0 (it is a variance), got " + qHat);
        }
    }
}
