package vcl.theory.phase;

/**
 * The end of the first-order line: the temperature β_c where the two spinodals merge, the load
 * α_c and teacher overlap r_c there (where α(r) has an inflection with zero slope).
 *
 * @param slopeBelow the smallest slope d(log α)/dr at the lower bracket end (positive: one branch)
 * @param slopeAbove the smallest slope d(log α)/dr at the upper bracket end (negative: an S)
 */
public record CriticalPoint(double beta, double alpha, double r, double slopeBelow, double slopeAbove) {

    public CriticalPoint {
        if (!(beta > 0 && alpha > 0 && r > 0 && r < 1)) {
            throw new IllegalArgumentException("critical point out of range: beta=" + beta + " alpha=" + alpha
                    + " r=" + r);
        }
    }
}
