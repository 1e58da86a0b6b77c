package vcl.theory.replica;

import vcl.theory.numerics.SiteMoments;

/**
 * The single-site measure of the entropic term, {@code exp(a m² + b m + g(m)) dm} on m ∈ [−1, 1],
 * with {@code a = q̂* − q̂/2}, {@code b = √q̂ z + r̂} and {@code g} the prior's log-weight.
 * Implementations (the priors of {@code vcl.theory.prior}) supply its log-normaliser and moments
 * and their log-weight; the saddle-point machinery, the continuation and the task-2 reference
 * density work for any of them. Implementations must be immutable and thread-safe.
 */
public interface SingleSiteMeasure {

    /** log Z, ⟨m⟩, ⟨m²⟩ and ⟨sign m⟩ of the measure with quadratic coefficient a and linear coefficient b. */
    SiteMoments moments(double a, double b);

    /**
     * The prior's log-weight {@code g(m)} at {@code m = tanh u} (the variable in which the task-2
     * reference density is smooth near m = ±1), without the Jacobian {@code sech² u}: the same
     * {@code g} as in {@link #moments}, constant included.
     */
    double logWeightAtTanh(double u);

    /** Short name used in output ({@code flat}, {@code entropy}). */
    String name();
}
