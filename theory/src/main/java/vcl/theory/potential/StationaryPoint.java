package vcl.theory.potential;

import java.util.Objects;

/**
 * A stationary point of V(d) away from d*: its kind and the constrained saddle point there (the
 * Lagrange field zero to the root finder's accuracy; not converged if the root was not found).
 *
 * @param <P> the point type ({@link PotentialPoint} around a replica-symmetric reference; the
 *     search is written for any point type with a {@link StationaryPoints.PointView})
 */
public record StationaryPoint<P>(StationaryKind kind, P point) {

    public StationaryPoint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(point, "point");
    }
}
