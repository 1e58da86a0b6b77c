package vcl.theory.stability;

/**
 * The block of the 1RSB free entropy's Hessian in the breaking direction (Δ = q1 − q0,
 * Δ̂ = q̂1 − q̂0) at a replica-symmetric saddle point, {@code [[α G_E'', κ], [κ, G_S'']]}
 * ({@link OneStepRsb}).
 *
 * @param alpha the load
 * @param coupling {@code κ = x(1 − x)/2}
 * @param energetic {@code G_E'' = ∂²G_E/∂Δ²}
 * @param entropic {@code G_S'' = ∂²G_S/∂Δ̂²}
 */
public record RsbCurvature(double alpha, double coupling, double energetic, double entropic) {

    public RsbCurvature {
        if (!(coupling > 0) || !Double.isFinite(energetic) || !Double.isFinite(entropic) || entropic == 0) {
            throw new IllegalArgumentException("curvature needs kappa > 0 and finite, non-zero entries: " + coupling
                    + ", " + energetic + ", " + entropic);
        }
    }

    /** The channel factor this curvature implies, {@code χ_out = −G_E''/κ}. */
    public double channelFactor() {
        return -energetic / coupling;
    }

    /** The site factor this curvature implies, {@code χ_in = −G_S''/κ}. */
    public double siteFactor() {
        return -entropic / coupling;
    }

    /**
     * The curvature of Φ in Δ with Δ̂ at its stationary value, {@code α G_E'' − κ²/G_S''}
     * ({@code = κ λ_R/χ_in}): it changes sign where the 1RSB solution branches off the RS one.
     */
    public double reduced() {
        return alpha * energetic - coupling * coupling / entropic;
    }

    /** {@code −det/κ² = 1 − α G_E'' G_S''/κ²}: the replicon eigenvalue as the 1RSB block gives it. */
    public double replicon() {
        return 1 - alpha * energetic * entropic / (coupling * coupling);
    }
}
