package vcl.theory.numerics;

import static vcl.theory.numerics.SiteQuadrature.CUT;
import static vcl.theory.numerics.SiteQuadrature.H0;
import static vcl.theory.numerics.SiteQuadrature.J0;

/**
 * One half ({@code m = sign * x}, {@code x in (0, 1)}) of a {@link SiteQuadrature} integral:
 * level-0 scan, peak location and width, nested trapezoid refinement. One instance per call
 * (confined to the calling thread).
 */
final class SiteHalf {
    private static final double GOLD = 0.5 * (Math.sqrt(5) - 1);
    private final LogDensity g;
    private final int sign;
    private final double[] phi = new double[2 * J0 + 1];
    private final double[] buf = new double[3];
    private double peak = Double.NEGATIVE_INFINITY;
    private double tPeak;
    private double width = H0;

    SiteHalf(LogDensity g, int sign) {
        this.g = g;
        this.sign = sign;
        int best = -1;
        for (int j = -J0; j <= J0; j++) {
            SiteQuadrature.node(j, 0, buf);
            phi[j + J0] = logIntegrand(buf);
            if (best < 0 || phi[j + J0] > phi[best]) {
                best = j + J0;
            }
        }
        peak = phi[best];
        tPeak = (best - J0) * H0;
        if (peak == Double.NEGATIVE_INFINITY || best == 0 || best == 2 * J0) {
            return;
        }
        final double left = phi[best - 1];
        final double right = phi[best + 1];
        if (peak - Math.max(left, right) <= 1) {
            final double d2 = left - 2 * peak + right;
            width = d2 < -1e-300 ? H0 / Math.sqrt(-d2) : H0;
            return;
        }
        refine(tPeak - H0, tPeak + H0);
    }

    /** Golden-section search for a sharp peak in [lo, hi], then its width from the curvature. */
    private void refine(double lo, double hi) {
        double c = hi - GOLD * (hi - lo);
        double d = lo + GOLD * (hi - lo);
        double fc = at(c);
        double fd = at(d);
        for (int i = 0; i < 80 && hi - lo > 1e-13; i++) {
            if (fc >= fd) {
                hi = d;
                d = c;
                fd = fc;
                c = hi - GOLD * (hi - lo);
                fc = at(c);
            } else {
                lo = c;
                c = d;
                fc = fd;
                d = lo + GOLD * (hi - lo);
                fd = at(d);
            }
        }
        final double t = fc >= fd ? c : d;
        final double top = Math.max(fc, fd);
        if (top > peak) {
            peak = top;
            tPeak = t;
        }
        double delta = 0.5 * H0;
        double drop = 0;
        for (int i = 0; i < 60; i++) {
            drop = peak - Math.max(at(tPeak - delta), at(tPeak + delta));
            if (drop <= 4) {
                break;
            }
            delta *= 0.5;
        }
        width = drop > 0 ? Math.min(H0, delta / Math.sqrt(2 * drop)) : delta;
    }

    private double at(double t) {
        SiteQuadrature.map(t, buf);
        return logIntegrand(buf);
    }

    private double logIntegrand(double[] node) {
        final double x = node[0];
        final double v = sign > 0 ? g.value(x, 1 + x, node[1]) : g.value(-x, node[1], 1 + x);
        if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("log-density is " + v + " at m = " + sign * x);
        }
        return v + node[2];
    }

    double peak() {
        return peak;
    }

    /**
     * @param scale changes are measured relative to {@code max(Z, scale)}: pass the other half's
     *              {@code Z} (the part of this half below {@code ref - CUT} is dropped, so it is
     *              only accurate relative to the total)
     * @return {@code {Z, \u222b x, \u222b x^2}} of this half relative to {@code exp(ref)}
     */
    double[] integrate(double ref, double tolerance, int maxLevel, double scale) {
        final double[] sum = new double[3];
        if (peak < ref - CUT) {
            return sum;
        }
        int jl = (int) Math.floor(tPeak / H0);
        int jh = (int) Math.ceil(tPeak / H0);
        for (int j = -J0; j <= J0; j++) {
            if (phi[j + J0] >= ref - CUT) {
                jl = Math.min(jl, j);
                jh = Math.max(jh, j);
            }
        }
        jl = Math.max(-J0, jl - 1);
        jh = Math.min(J0, jh + 1);
        int level = 0;
        while (H0 / (1L << level) > width && level < maxLevel - 1) {
            level++;
        }
        accumulate(jl << level, jh << level, 1, level, ref, sum);
        for (int i = 0; i < 3; i++) {
            sum[i] *= H0 / (1L << level);
        }
        final double[] next = new double[3];
        while (level < maxLevel) {
            level++;
            next[0] = 0;
            next[1] = 0;
            next[2] = 0;
            accumulate((jl << level) + 1, jh << level, 2, level, ref, next);
            final double h = H0 / (1L << level);
            final double z = 0.5 * sum[0] + h * next[0];
            boolean converged = true;
            for (int i = 0; i < 3; i++) {
                final double updated = 0.5 * sum[i] + h * next[i];
                converged &= Math.abs(updated - sum[i]) <= tolerance * Math.max(z, scale);
                sum[i] = updated;
            }
            if (!Double.isFinite(sum[0])) {
                throw new NumericalLimitException("site quadrature overflow (unresolved sharp peak)");
            }
            if (converged) {
                return sum;
            }
        }
        throw new NumericalLimitException("site quadrature not converged at level " + maxLevel);
    }

    private void accumulate(int from, int to, int step, int level, double ref, double[] acc) {
        for (int k = from; k <= to; k += step) {
            SiteQuadrature.node(k, level, buf);
            final double f = Math.exp(logIntegrand(buf) - ref);
            final double x = buf[0];
            acc[0] += f;
            acc[1] += f * x;
            acc[2] += f * x * x;
        }
    }
}
