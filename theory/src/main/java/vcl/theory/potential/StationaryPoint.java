package vcl.theory.potential;

import java.util.Objects;

/**
 * A stationary point of V(d) away from d*: its kind and the constrained saddle point there (the
 * Lagrange field zero to the root finder's accuracy; not converged if the root was not found).
 */
public record StationaryPoint(StationaryKind kind, PotentialPoint point) {

    public StationaryPoint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(point, "point");
    }
}
