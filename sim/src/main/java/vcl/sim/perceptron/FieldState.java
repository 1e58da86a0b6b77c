package vcl.sim.perceptron;

/**
 * The variational student: real fields {@code h_i}, means {@code m_i = tanh(β_f h_i)}, variances
 * {@code σ_i = 1 − m_i²} and their sum {@code S = Σ_i σ_i}, the variance of a pre-activation under
 * the Gaussian field approximation.
 *
 * <p>The fields array is owned by the state and updated in place by the optimizer; call
 * {@link #refresh()} (exact) or {@link #update()} (incremental, for small changes) after every change. The means are stored in an array padded with zeros to a
 * multiple of 64 entries, matching the packed inputs.
 */
public final class FieldState {

    private final int n;
    private final double betaField;
    private final double[] h;
    private final double[] m;
    private final double[] sigma;
    private final double[] previous;
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
        refresh();
    }

    /** Recomputes m, σ and S from the current fields. */
    public void refresh() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            previous[i] = h[i];
            s += exactSite(i);
        }
        sumSigma = s;
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
        double s = 0;
        for (int i = 0; i < n; i++) {
            double d = betaField * (h[i] - previous[i]);
            previous[i] = h[i];
            if (Math.abs(d) < 0.03) {
                double d2 = d * d;
                double t = d * (1 - d2 * (1.0 / 3 - d2 * (2.0 / 15 - d2 * (17.0 / 315 - d2 * (62.0 / 2835)))));
                double mi = m[i];
                double inv = 1 / (1 + mi * t);
                m[i] = (mi + t) * inv;
                double si = sigma[i] * (1 - t * t) * inv * inv;
                sigma[i] = si;
                s += si;
            } else {
                s += exactSite(i);
            }
        }
        sumSigma = s;
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
