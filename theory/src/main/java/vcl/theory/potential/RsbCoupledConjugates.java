package vcl.theory.potential;

/**
 * Conjugates of the constrained system's order parameters around a one-step reference:
 * {@code q̂, r̂, q̂*}, {@code p̂1} and {@code p̂0} (to its overlaps with the other reference replicas
 * of the coupled replica's block and of the other blocks) and {@code d̂} (the coupling
 * {@code (d̂ − p̂1) m m1} of the site measure to the reference's site; not the Lagrange field).
 */
public record RsbCoupledConjugates(double qHat, double rHat, double qStarHat, double p1Hat, double p0Hat,
        double dHat) {

    public RsbCoupledConjugates {
        if (!(Double.isFinite(qHat) && Double.isFinite(rHat) && Double.isFinite(qStarHat) && Double.isFinite(p1Hat)
                && Double.isFinite(p0Hat) && Double.isFinite(dHat))) {
            throw new IllegalArgumentException("coupled conjugates must be finite");
        }
        if (qHat < 0) {
            throw new IllegalArgumentException("q^ must be >= 0, got " + qHat);
        }
    }
}
