package vcl.theory.numerics;

/**
 * Fallback for {@link BoxIntegral}: Gauss-Legendre quadrature of {@code exp(a m^2 + b m)} on
 * [-1, 1] on pieces adapted to the exponent.
 *
 * <p>The interval is cut at {@code m = 0} (for {@code <sign m>}) and at the vertex {@code -b/(2a)},
 * so that {@code g(m) = a m^2 + b m} is monotone on every segment. From the higher end {@code e}
 * of a segment, with slope magnitude {@code c = |g'(e)|}, the exponent falls by
 * {@code D = c d - a d^2} at distance {@code d}, i.e. at {@code d = 2D / (c + sqrt(c^2 - 4 a D))}
 * (no cancellation). Each segment is cut where the exponent has fallen by {@link #LEVELS} below
 * its top and is truncated where it is {@link #CUT} below the global maximum (the neglected
 * mass is below {@code 2 exp(-CUT)} relative to {@code Z}, i.e. below 1e-17 after dividing by
 * the narrowest possible layer). Each piece gets {@link #ORDER} Gauss-Legendre nodes; on a piece
 * across which the exponent varies by at most 10 the rule error is below 1e-16 relative.
 * All exponents are evaluated as differences to the global maximum, so nothing overflows.
 */
final class BoxQuadrature {
    static final int ORDER = 12;
    static final double CUT = 42;
    static final double[] LEVELS = {6, 13, 21, 31};
    private static final double[][] RULE = {GaussLegendre.rule(ORDER).nodes(), GaussLegendre.rule(ORDER).weights()};

    private BoxQuadrature() {
    }

    /** Sums over one half: {@code [Z, \u222b m, \u222b m^2]} relative to {@code exp(G)}. */
    private static void segment(double a, double b, double p, double q, double offP, double offQ,
                                double[] acc) {
        final boolean fromP = offP >= offQ;
        final double e = fromP ? p : q;
        final double sigma = fromP ? 1 : -1;
        final double top = Math.max(offP, offQ);
        final double fall = top - Math.min(offP, offQ);
        final double length = q - p;
        if (top < -CUT || length <= 0) {
            return;
        }
        final double c = Math.abs(2 * a * e + b);
        final double maxFall = top + CUT;
        final double[] x = RULE[0];
        final double[] w = RULE[1];
        double lo = 0;
        int level = 0;
        boolean last = false;
        while (!last) {
            double hi;
            final double target = level < LEVELS.length ? LEVELS[level] : Double.POSITIVE_INFINITY;
            if (target < Math.min(fall, maxFall)) {
                hi = distance(a, c, target);
                level++;
            } else if (fall <= maxFall) {
                hi = length;
                last = true;
            } else {
                hi = distance(a, c, maxFall);
                last = true;
            }
            if (!(hi < length)) {
                hi = length;
                last = true;
            }
            final double mid = 0.5 * (hi + lo);
            final double half = 0.5 * (hi - lo);
            for (int i = 0; i < x.length; i++) {
                final double d = mid + half * x[i];
                final double f = half * w[i] * Math.exp(top + d * (a * d - c));
                final double m = e + sigma * d;
                acc[0] += f;
                acc[1] += f * m;
                acc[2] += f * m * m;
            }
            lo = hi;
        }
    }

    private static double distance(double a, double c, double fall) {
        final double disc = c * c - 4 * a * fall;
        return 2 * fall / (c + Math.sqrt(Math.max(disc, 0)));
    }

    /**
     * @param a quadratic coefficient
     * @param b linear coefficient
     * @return the moments of {@code exp(a m^2 + b m)} on [-1, 1]
     */
    static SiteMoments value(double a, double b) {
        final double v = a != 0 ? -b / (2 * a) : Double.NaN;
        final boolean vertexMax = a < 0 && v > -1 && v < 1;
        final double mg = vertexMax ? v : (b >= 0 ? 1 : -1);
        final double logMax = vertexMax ? b * v / 2 : a + Math.abs(b);
        final double[] neg = new double[3];
        final double[] pos = new double[3];
        final double off0 = offset(a, b, 0, mg, vertexMax);
        final double offM = offset(a, b, -1, mg, vertexMax);
        final double offP = offset(a, b, 1, mg, vertexMax);
        if (v > -1 && v < 0) {
            final double offV = offset(a, b, v, mg, vertexMax);
            segment(a, b, -1, v, offM, offV, neg);
            segment(a, b, v, 0, offV, off0, neg);
        } else {
            segment(a, b, -1, 0, offM, off0, neg);
        }
        if (v > 0 && v < 1) {
            final double offV = offset(a, b, v, mg, vertexMax);
            segment(a, b, 0, v, off0, offV, pos);
            segment(a, b, v, 1, offV, offP, pos);
        } else {
            segment(a, b, 0, 1, off0, offP, pos);
        }
        final double z = neg[0] + pos[0];
        return new SiteMoments(logMax + Math.log(z), (pos[1] + neg[1]) / z, (pos[2] + neg[2]) / z,
                (pos[0] - neg[0]) / z);
    }

    /** {@code g(m) - g(mg)} without cancellation of large terms. */
    private static double offset(double a, double b, double m, double mg, boolean vertexMax) {
        if (vertexMax) {
            final double d = m - mg;
            return a * d * d;
        }
        return (m - mg) * (a * (m + mg) + b);
    }
}
