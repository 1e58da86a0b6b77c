package vcl.theory.rsb;

import java.util.Objects;
import vcl.theory.replica.GeneralizationError;

/**
 * A solved 1RSB saddle point of task 1 with how the iteration ended.
 *
 * @param state the point (order parameters, conjugates, Φ) at the Parisi parameter {@code state.x()}
 * @param p the clipped student's overlap with the teacher, {@code E0[⟨sign m⟩]}
 * @param phiSlope {@code ∂Φ/∂x} at the saddle point (0 at the static Parisi parameter x*)
 * @param iterations evaluations of the saddle-point map
 * @param residual sup-norm of {@code T(q) − q} over (q0, q1, q*, r) at the returned point
 */
public record RsbSolution(RsbState state, double p, double phiSlope, int iterations, double residual,
        boolean converged) {

    public RsbSolution {
        Objects.requireNonNull(state, "state");
    }

    /** The generalization error {@code arccos(p)/π}, as task 1's. */
    public double epsG() {
        return GeneralizationError.value(p);
    }

    /** The gap between the two overlaps, {@code q1 − q0}. */
    public double gap() {
        return state.q1() - state.q0();
    }

    /** Φ of the state. */
    public double phi() {
        return state.phi();
    }
}
