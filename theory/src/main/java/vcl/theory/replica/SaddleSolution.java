package vcl.theory.replica;

import java.util.Objects;

/**
 * What every solved replica-symmetric saddle point carries, whatever the model: the order
 * parameters and their conjugates, the entropic averages there (with the clipped overlaps p),
 * the free entropy Φ and how the iteration ended.
 *
 * @param averages the entropic side's image at the returned point (its p and pFirst are the
 *     models' observables)
 * @param phi free entropy per weight (exact at the saddle point)
 * @param residual sup-norm of {@code T(x) − x} at the returned point
 */
public record SaddleSolution(OrderParameters orderParameters, Conjugates conjugates, EntropicAverages averages,
        double phi, int iterations, double residual, boolean converged) {

    public SaddleSolution {
        Objects.requireNonNull(orderParameters, "orderParameters");
        Objects.requireNonNull(conjugates, "conjugates");
        Objects.requireNonNull(averages, "averages");
    }
}
