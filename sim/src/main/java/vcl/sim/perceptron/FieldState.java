package vcl.sim.perceptron;

/**
 * The variational student: real fields {@code h_i}, means {@code m_i = tanh(β_f h_i)}, variances
 * {@code σ_i = 1 − m_i²} and their sum {@code S = Σ_i σ_i}, the variance of a pre-activation under
 * the Gaussian field approximation.
 *
 * <p>The fields array is owned by the state and updated in place by the optimizer; call
 * {@link #refresh()} (exact) or {@link #update()} (incremental, for small changes) after every
 * change. The means are stored in an array padded with zeros to a multiple of 64 entries, matching
 * the packed inputs, and kept with their {@link #quadSums() quad sums}, which the products with ±1
 * inputs read.
 */
public final class FieldState {

    private final int n;
    private final double betaField;
    private final double[] h;
    private final double[] m;
    private final double[] sigma;
    private final double[] previous;
    private final double[] quadSums;
    private final double[] move;       // scratch of update(): β_f (h_i − previous h_i)
    private final double[] tangent;    // scratch of update(): tanh of that
    private double sumSigma;

    public FieldState(double[] initialFields, double betaField) {
        if (initialFields.length < 1) {
            throw new IllegalArgumentException("need at least one field");
        }
        if (!(betaField > 0) || Double.isInfinite(betaField)) {
            throw new IllegalArgumentException("beta-field must be > 0 and finite, got " + betaField);
        }
        this.n = initialFields.length;
        this.betaField = betaField;
        this.h = initialFields.clone();
        this.m = new double[((n + 63) >>> 6) << 6];
        this.sigma = new double[n];
        this.previous = new double[n];
        this.move = new double[n];
        this.tangent = new double[n];
        this.quadSums = new double[Integer.highestOneBit(m.length * 4 - 1) << 1];
        for (int q = 0; q < m.length >>> 2; q++) {
            fillQuad(q);   // the padding's quads, ±0 once and for all
        }
        refresh();
    }

    /** Recomputes m, σ, S and the quad sums from the current fields. */
    public void refresh() {
        for (int i = 0; i < n; i++) {
            previous[i] = h[i];
            exactSite(i);
        }
        sumSigma = sumAndQuads();
    }

    /** Sets m_i and σ_i from h_i and returns σ_i. */
    private double exactSite(int i) {
        double x = betaField * h[i];
        double a = Math.abs(x);
        // tanh a = (1 - e)/(1 + e) and 1 - tanh² a = 4e/(1 + e)², e = exp(-2a): accurate when saturated
        double e = Math.exp(-2 * a);
        double inv = 1 / (1 + e);
        double mi = (1 - e) * inv;
        double si = 4 * e * inv * inv;
        if (a < 1e-3) {
            // 1 - e loses relative accuracy for small a: use the series of tanh
            double a2 = a * a;
            mi = a * (1 - a2 * (1.0 / 3 - a2 * (2.0 / 15)));
            si = 1 - mi * mi;
        }
        m[i] = Math.copySign(mi, x);
        sigma[i] = si;
        return si;
    }

    /**
     * Brings m, σ and S up to date after a small change of the fields, by the addition theorem
     * {@code tanh(x + d) = (m + t)/(1 + m t)}, {@code 1 − tanh²(x + d) = σ (1 − t²)/(1 + m t)²} with
     * {@code t = tanh d} from its Taylor series (exact to rounding for |d| < 0.03); sites that moved
     * further are recomputed from scratch. Each update adds a few ulps of error, so callers refresh
     * exactly from time to time (the trainer does so every epoch).
     */
    public void update() {
        // the addition theorem at every site, in two branch-free loops the compiler vectorizes
        // (as one loop it does not) ...
        double[] hh = h;
        double[] prev = previous;
        double[] mm = m;
        double[] sg = sigma;
        double[] moved = move;
        double[] tq = tangent;
        double beta = betaField;
        for (int i = 0; i < n; i++) {
            double hi = hh[i];
            double d = beta * (hi - prev[i]);
            double d2 = d * d;
            moved[i] = d;
            tq[i] = d * (1 - d2 * (1.0 / 3 - d2 * (2.0 / 15 - d2 * (17.0 / 315 - d2 * (62.0 / 2835)))));
            prev[i] = hi;
        }
        for (int i = 0; i < n; i++) {
            double t = tq[i];
            double mi = mm[i];
            double inv = 1 / (1 + mi * t);
            mm[i] = (mi + t) * inv;
            sg[i] = sg[i] * (1 - t * t) * inv * inv;
        }
        // ... then, quad by quad, the exact values where a site moved too far (|d| >= 0.03 or d
        // not a number), S in site order and the quad sums, in one pass so that the chain of
        // additions of S overlaps the tables
        double s = 0;
        int full = n >>> 2;
        for (int q = 0; q < full; q++) {
            int i = q << 2;
            if (!(Math.abs(moved[i]) < 0.03)) {
                exactSite(i);
            }
            if (!(Math.abs(moved[i + 1]) < 0.03)) {
                exactSite(i + 1);
            }
            if (!(Math.abs(moved[i + 2]) < 0.03)) {
                exactSite(i + 2);
            }
            if (!(Math.abs(moved[i + 3]) < 0.03)) {
                exactSite(i + 3);
            }
            s = s + sg[i] + sg[i + 1] + sg[i + 2] + sg[i + 3];
            fillQuad(q);
        }
        for (int i = full << 2; i < n; i++) {
            if (!(Math.abs(moved[i]) < 0.03)) {
                exactSite(i);
            }
            s += sg[i];
        }
        fillTail(full);
        sumSigma = s;
    }

    /** {@code S = Σ_i σ_i} in site order, filling the quad sums of every quad holding a site. */
    private double sumAndQuads() {
        double[] sg = sigma;
        double s = 0;
        int full = n >>> 2;
        for (int q = 0; q < full; q++) {
            int i = q << 2;
            s = s + sg[i] + sg[i + 1] + sg[i + 2] + sg[i + 3];
            fillQuad(q);
        }
        for (int i = full << 2; i < n; i++) {
            s += sg[i];
        }
        fillTail(full);
        return s;
    }

    /** The quad sums of the quads from {@code first} on that hold a site (those beyond stay 0). */
    private void fillTail(int first) {
        int used = (n + 3) >>> 2;
        for (int q = first; q < used; q++) {
            fillQuad(q);
        }
    }

    /**
     * Writes the 16 signed sums {@code Σ_{j<4} ±m_{4q+j}} (bit j of the entry's index set: +) of
     * quad q at {@code quadSums[16q .. 16q+15]}.
     */
    private void fillQuad(int q) {
        int i = q << 2;
        double d0 = 2 * m[i];
        double d1 = 2 * m[i + 1];
        double d2 = 2 * m[i + 2];
        double d3 = 2 * m[i + 3];
        double t0 = -0.5 * (d0 + d1 + d2 + d3);
        double t1 = t0 + d0;
        double t2 = t0 + d1;
        double t3 = t2 + d0;
        double t4 = t0 + d2;
        double t5 = t4 + d0;
        double t6 = t4 + d1;
        double t7 = t6 + d0;
        double[] t = quadSums;
        int o = q << 4;
        t[o] = t0;
        t[o + 1] = t1;
        t[o + 2] = t2;
        t[o + 3] = t3;
        t[o + 4] = t4;
        t[o + 5] = t5;
        t[o + 6] = t6;
        t[o + 7] = t7;
        t[o + 8] = t0 + d3;
        t[o + 9] = t1 + d3;
        t[o + 10] = t2 + d3;
        t[o + 11] = t3 + d3;
        t[o + 12] = t4 + d3;
        t[o + 13] = t5 + d3;
        t[o + 14] = t6 + d3;
        t[o + 15] = t7 + d3;
    }

    /** Number of fields N. */
    public int size() {
        return n;
    }

    public double betaField() {
        return betaField;
    }

    /** The fields (shared, updated in place by optimizers; call {@link #refresh()} afterwards). */
    public double[] fields() {
        return h;
    }

    /** The means, padded with zeros to a multiple of 64 (shared, read-only for callers). */
    public double[] means() {
        return m;
    }

    /**
     * The signed sums of the means four at a time: for quad q (sites 4q..4q+3 of the padded means)
     * and a 4-bit pattern b, entry {@code 16q + b} is {@code Σ_{j<4} (bit j of b ? +1 : −1) m_{4q+j}},
     * so a product {@code Σ_i m_i ξ_i} with ±1 inputs is one table read per 4 inputs. The length is
     * a power of two (zeros beyond the last quad). Shared, read-only for callers; kept up to date by
     * {@link #refresh()} and {@link #update()}.
     */
    public double[] quadSums() {
        return quadSums;
    }

    /** The variances (shared, read-only for callers). */
    public double[] variances() {
        return sigma;
    }

    /** {@code S = Σ_i σ_i}. */
    public double sumVariance() {
        return sumSigma;
    }

    /** Self overlap {@code q* = Σ_i m_i² / N}. */
    public double selfOverlap() {
        double q = 0;
        for (int i = 0; i < n; i++) {
            q += m[i] * m[i];
        }
        return q / n;
    }

    /**
     * Whether every field is a finite number (false once training has diverged: an infinite field
     * still gives a finite mean and variance, so the fields themselves are checked).
     */
    public boolean finite() {
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(h[i])) {
                return false;
            }
        }
        return Double.isFinite(sumSigma);
    }

    /** Mean variance {@code Σ_i σ_i / N}. */
    public double meanVariance() {
        return sumSigma / n;
    }
}
