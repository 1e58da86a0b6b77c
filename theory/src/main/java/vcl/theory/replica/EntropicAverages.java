package vcl.theory.replica;

/**
 * Averages of the single-site measure that close the saddle point: {@code G_S = E log Z},
 * {@code q = E⟨m⟩²}, {@code r = E[B⟨m⟩]} (overlap with the teacher the task learns),
 * {@code q* = E⟨m²⟩}, {@code p = E[B⟨sign m⟩]} (clipped overlap with that teacher) and
 * {@code pFirst = E⟨sign m⟩} (clipped overlap with the first task's teacher; equal to p in task 1,
 * where B = 1).
 */
public record EntropicAverages(double gS, double q, double r, double qStar, double p, double pFirst) {
}
