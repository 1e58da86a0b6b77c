package vcl.theory.potential;

/**
 * Conjugates of the constrained system's order parameters: {@code q̂, r̂, q̂*}, {@code p̂} (to the
 * overlap with the other reference replicas) and {@code d̂} (the coupling {@code d̂ m m1} of the site
 * measure to the reference's site; not the Lagrange field of V, see {@link PotentialPoint}).
 */
public record CoupledConjugates(double qHat, double rHat, double qStarHat, double pHat, double dHat) {

    public CoupledConjugates {
        if (!(Double.isFinite(qHat) && Double.isFinite(rHat) && Double.isFinite(qStarHat) && Double.isFinite(pHat)
                && Double.isFinite(dHat))) {
            throw new IllegalArgumentException("coupled conjugates must be finite");
        }
        if (qHat < 0) {
            throw new IllegalArgumentException("q^ must be >= 0, got " + qHat);
        }
    }
}
