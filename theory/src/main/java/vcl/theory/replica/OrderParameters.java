package vcl.theory.replica;

/**
 * Replica-symmetric order parameters of a task: {@code q = m^a·m^b/N} (two replicas),
 * {@code r = m·w* / N} (overlap with the teacher), {@code qStar = m·m/N} (self overlap).
 * Admissible values (checked here): {@code 0 ≤ r² ≤ q ≤ q* ≤ 1} up to rounding, q* = 1 being the
 * self overlap of binary weights (a self overlap pinned at 1, {@link ReplicaModel}); the solvers
 * work in the interior ({@link #interior}, or {@link #interiorAt} for a pinned q*).
 */
public record OrderParameters(double q, double r, double qStar) {

    public OrderParameters {
        if (!(Double.isFinite(q) && Double.isFinite(r) && Double.isFinite(qStar))) {
            throw new IllegalArgumentException("order parameters must be finite: q=" + q + " r=" + r + " q*=" + qStar);
        }
        if (!(r * r <= q * (1 + 1e-12) && q <= qStar * (1 + 1e-12) && qStar <= 1 && q >= 0)) {
            throw new IllegalArgumentException("non-physical order parameters (need 0 <= r^2 <= q <= q* <= 1): q="
                    + q + " r=" + r + " q*=" + qStar);
        }
    }

    /**
     * True strictly inside the physical domain, {@code 0 < q, r² < q < q* < 1}, where the
     * energetic term is defined and the saddle-point iteration keeps its iterates (false for NaN).
     */
    public static boolean interior(double q, double r, double qStar) {
        return q > 0 && r * r < q && q < qStar && qStar < 1;
    }

    /**
     * True strictly inside the domain at a prescribed self overlap {@code qStar ∈ (0, 1]}:
     * {@code 0 < q, r² < q < qStar} (for {@code qStar < 1} the same as {@link #interior}; at a self
     * overlap pinned at 1 the iterates may have q* = 1).
     */
    public static boolean interiorAt(double q, double r, double qStar) {
        return q > 0 && r * r < q && q < qStar && qStar <= 1;
    }

    /** {@link #interior(double, double, double)} of these order parameters. */
    public boolean isInterior() {
        return interior(q, r, qStar);
    }

    /** Largest absolute component difference. */
    public double distance(OrderParameters o) {
        return Math.max(Math.abs(q - o.q), Math.max(Math.abs(r - o.r), Math.abs(qStar - o.qStar)));
    }
}
