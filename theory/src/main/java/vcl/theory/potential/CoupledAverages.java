package vcl.theory.potential;

/**
 * Averages of the coupled site measure: {@code G_S}, the images {@code q = E⟨m⟩²},
 * {@code r = E⟨m⟩}, {@code q* = E⟨m²⟩}, {@code p = E_z[⟨m1⟩_z · E⟨m⟩]}, {@code d = E[m1⟨m⟩]},
 * the susceptibility {@code χ_d = ∂d/∂d̂ = E[m1² Var m]} and the clipped teacher overlap
 * {@code pSign = E⟨sign m⟩}.
 */
public record CoupledAverages(double gS, double q, double r, double qStar, double p, double d, double chiD,
        double pSign) {
}
