package vcl.theory.rsb;

/**
 * The 1RSB entropic term and its derivatives at one set of conjugates: {@code G_S} and the order
 * parameters the saddle point returns from it, with ⟨·⟩ the single-site average and [·] the tilted
 * z1 average (weight {@code Z^x / ∫Dz1 Z^x}), E0 the z0 average:
 * {@code q0 = E0[⟨m⟩]²}, {@code q1 = E0[⟨m⟩²]}, {@code q* = E0[⟨m²⟩]}, {@code r = E0[⟨m⟩]},
 * {@code p = E0[⟨sign m⟩]} (the clipped student's overlap with the teacher), and
 * {@code ∂G_S/∂x = E0 (1/x)([log Z] − (1/x) log ∫Dz1 Z^x)}.
 */
public record SiteImage(double gS, double q0, double q1, double qStar, double r, double p, double dGsDx) {
}
