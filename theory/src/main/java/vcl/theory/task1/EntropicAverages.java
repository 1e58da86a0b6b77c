package vcl.theory.task1;

/**
 * Gaussian averages of the single-site measure: {@code G_S = E_z log Z}, {@code q = E_z⟨m⟩²},
 * {@code r = E_z⟨m⟩}, {@code q* = E_z⟨m²⟩} and {@code p = E_z⟨sign m⟩}.
 */
public record EntropicAverages(double gS, double q, double r, double qStar, double p) {
}
