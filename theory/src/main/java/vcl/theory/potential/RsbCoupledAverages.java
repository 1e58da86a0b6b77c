package vcl.theory.potential;

/**
 * Averages of the site measure coupled to a one-step reference: {@code G_S}, the images
 * {@code q = E⟨m⟩²}, {@code r = E⟨m⟩}, {@code q* = E⟨m²⟩}, {@code p1 = −(∂G_S/∂p̂1)/(1 − x)}
 * and {@code p0 = −(∂G_S/∂p̂0)/x} of the discrete sum (for the continuous laws
 * {@code E_{z0,z1}[⟨m1⟩ E⟨m⟩]} and {@code E_{z0}[m̄1 E_{z1}E⟨m⟩]}, {@code m̄1 = E_{z1}⟨m1⟩}),
 * {@code d = E[m1⟨m⟩]}, the susceptibility {@code χ_d = E[m1² Var m]} and
 * {@code pSign = E⟨sign m⟩}.
 */
public record RsbCoupledAverages(double gS, double q, double r, double qStar, double p1, double p0, double d,
        double chiD, double pSign) {
}
