package vcl.theory.franzparisi;

/**
 * How task 2 is tied to task 1 in the Franz-Parisi measure: the KL strength γ ≥ 0 that holds the
 * student near its task-1 fields and the overlap r0 ∈ [−1, 1] of the two teachers.
 */
public record Task2Coupling(double gamma, double r0) {

    public Task2Coupling {
        if (!(gamma >= 0) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("gamma must be a finite number >= 0, got " + gamma);
        }
        if (!(r0 >= -1 && r0 <= 1)) {
            throw new IllegalArgumentException("r0 must lie in [-1, 1], got " + r0);
        }
    }
}
