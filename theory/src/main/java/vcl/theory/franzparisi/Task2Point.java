package vcl.theory.franzparisi;

/**
 * Where task 2 is solved: its load α2 > 0, the KL strength γ ≥ 0 and the teachers' overlap
 * r0 ∈ [−1, 1] (task 1 and β are fixed by the solver's reference).
 */
public record Task2Point(double alpha2, double gamma, double r0) {

    public Task2Point {
        if (!(alpha2 > 0) || !Double.isFinite(alpha2)) {
            throw new IllegalArgumentException("alpha2 must be a finite number > 0, got " + alpha2);
        }
        if (!(gamma >= 0) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("gamma must be a finite number >= 0, got " + gamma);
        }
        if (!(r0 >= -1 && r0 <= 1)) {
            throw new IllegalArgumentException("r0 must lie in [-1, 1], got " + r0);
        }
    }

    /** The point a fraction t of the way to {@code o} (linear in all three parameters). */
    Task2Point toward(Task2Point o, double t) {
        return new Task2Point(alpha2 + t * (o.alpha2 - alpha2), gamma + t * (o.gamma - gamma), r0 + t * (o.r0 - r0));
    }
}
