package vcl.theory.prior;

import vcl.theory.numerics.SiteMoments;

/**
 * The single-site measure of the entropic term: {@code exp(a m² + b m + prior(m))} on m ∈ [−1, 1],
 * with {@code a = q̂* − q̂/2}, {@code b = √q̂ z + r̂}. Implementations supply its log-normaliser and
 * moments; the saddle-point machinery works for any of them.
 */
public interface SingleSiteMeasure {

    /** log Z, ⟨m⟩, ⟨m²⟩ and ⟨sign m⟩ of the measure with quadratic coefficient a and linear coefficient b. */
    SiteMoments moments(double a, double b);

    /** Short name used in output ({@code flat}, {@code entropy}). */
    String name();
}
