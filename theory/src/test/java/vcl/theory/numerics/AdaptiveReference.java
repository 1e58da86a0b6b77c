package vcl.theory.numerics;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Independent reference for the single-site moments: adaptive bisection with Commons Math's
 * 15-point Gauss-Legendre rule (an interval is accepted when the rule on it and the sum of the
 * rules on its halves agree to {@code 1e-18} absolute, the integrand being scaled to maximum 1),
 * on [-1, 0] and [0, 1] separately, with extra break points supplied by the caller (peaks).
 * Error budget: about 1e-16 relative to the total mass per accepted interval times the number of
 * intervals (a few hundred), i.e. below 1e-14 in the moments.
 */
final class AdaptiveReference {
    private static final double[] NODE = new double[15];
    private static final double[] WEIGHT = new double[15];

    static {
        final GaussIntegrator rule = new GaussIntegratorFactory().legendre(15, -1, 1);
        for (int i = 0; i < 15; i++) {
            NODE[i] = rule.getPoint(i);
            WEIGHT[i] = rule.getWeight(i);
        }
    }

    private AdaptiveReference() {
    }

    /**
     * @param g      log-density in m
     * @param logMax an upper bound (approximately the maximum) of g on [-1, 1]
     * @param breaks interior points where the integrand changes fast (may be empty)
     */
    static SiteMoments moments(DoubleUnaryOperator g, double logMax, double... breaks) {
        final java.util.TreeSet<Double> cuts = new java.util.TreeSet<>();
        cuts.add(-1.0);
        cuts.add(0.0);
        cuts.add(1.0);
        for (double b : breaks) {
            if (b > -1 && b < 1) {
                cuts.add(b);
            }
        }
        final double[] neg = new double[3];
        final double[] pos = new double[3];
        Double prev = null;
        for (double c : cuts) {
            if (prev != null) {
                final double[] acc = c <= 0 ? neg : pos;
                final double[] whole = rule(g, logMax, prev, c);
                bisect(g, logMax, prev, c, whole, acc, 0);
            }
            prev = c;
        }
        final double z = neg[0] + pos[0];
        return new SiteMoments(logMax + Math.log(z), (neg[1] + pos[1]) / z, (neg[2] + pos[2]) / z,
                (pos[0] - neg[0]) / z);
    }

    private static void bisect(DoubleUnaryOperator g, double logMax, double lo, double hi, double[] whole,
                               double[] acc, int depth) {
        final double mid = 0.5 * (lo + hi);
        final double[] left = rule(g, logMax, lo, mid);
        final double[] right = rule(g, logMax, mid, hi);
        double diff = 0;
        for (int i = 0; i < 3; i++) {
            diff = Math.max(diff, Math.abs(left[i] + right[i] - whole[i]));
        }
        if (diff <= 1e-18 || depth > 60) {
            for (int i = 0; i < 3; i++) {
                acc[i] += left[i] + right[i];
            }
            return;
        }
        bisect(g, logMax, lo, mid, left, acc, depth + 1);
        bisect(g, logMax, mid, hi, right, acc, depth + 1);
    }

    private static double[] rule(DoubleUnaryOperator g, double logMax, double lo, double hi) {
        final double half = 0.5 * (hi - lo);
        final double mid = 0.5 * (hi + lo);
        final double[] s = new double[3];
        for (int i = 0; i < 15; i++) {
            final double m = mid + half * NODE[i];
            final double f = half * WEIGHT[i] * Math.exp(g.applyAsDouble(m) - logMax);
            s[0] += f;
            s[1] += f * m;
            s[2] += f * m * m;
        }
        return s;
    }
}
