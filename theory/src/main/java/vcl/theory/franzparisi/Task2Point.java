package vcl.theory.franzparisi;

import java.util.Objects;

/**
 * Where task 2 is solved: its load α2 > 0 and its {@link Task2Coupling} to task 1 (γ, r0); task 1
 * and β are fixed by the solver's reference.
 */
public record Task2Point(double alpha2, Task2Coupling coupling) {

    public Task2Point {
        if (!(alpha2 > 0) || !Double.isFinite(alpha2)) {
            throw new IllegalArgumentException("alpha2 must be a finite number > 0, got " + alpha2);
        }
        Objects.requireNonNull(coupling, "coupling");
    }

    /** The point (α2, γ, r0). */
    public Task2Point(double alpha2, double gamma, double r0) {
        this(alpha2, new Task2Coupling(gamma, r0));
    }

    /** The KL strength γ ≥ 0. */
    public double gamma() {
        return coupling.gamma();
    }

    /** The teachers' overlap r0 ∈ [−1, 1]. */
    public double r0() {
        return coupling.r0();
    }

    /** The point a fraction t of the way to {@code o} (linear in all three parameters). */
    Task2Point toward(Task2Point o, double t) {
        return new Task2Point(alpha2 + t * (o.alpha2 - alpha2), gamma() + t * (o.gamma() - gamma()),
                r0() + t * (o.r0() - r0()));
    }
}
