package vcl.theory.franzparisi;

import vcl.theory.numerics.GaussHermite;
import vcl.theory.numerics.QuadratureRule;

/**
 * The density of the effective field {@code s = μ + c·u + σ x} of the task-2 site measure, for one
 * teacher-2 sign B ({@code μ = r̂2 B}), with {@code u = atanh m1 ~ ρ̃} and {@code x ~ N(0, 1)}:
 * <pre>  ψ(s) = ∫ du ρ̃(u) N(s − μ − c u; σ²) = (1/c) E_x ρ̃((s − μ − σ x)/c).  </pre>
 * Two forms, chosen by the ratio of the Gaussian's width in u, {@code σ/c}, to the fine table step h:
 * <ul>
 *   <li>{@code σ/c ≥ 1.5 h}: the trapezoid rule over the tabulated ρ̃ with the largest dyadic stride
 *       whose step is at most {@code min(base step, σ/(1.5c))}, restricted to {@code |s − μ − cu| ≤ 9.5σ}.
 *       The integrand is analytic with widths ≥ 1.5 steps, so the trapezoid error is below
 *       {@code 2 exp(−2π²·1.5²) ≈ 1e-19} relative; the window drops {@code < 1e-20}. The Gaussian
 *       weights on the even grid follow from one another by two multiplications
 *       ({@code g_{k+1} = g_k r_k}, {@code r_{k+1} = r_k e^{−δ²/σ²}}; run as two interleaved chains of
 *       the even and the odd terms, {@code g_{k+2} = g_k r_k r_{k+1}}), with an exact exponential every
 *       16 terms: rounding grows to at most ~k²/2 ulp within a run, below 2e-14 relative per term.</li>
 *   <li>otherwise: Gauss-Hermite (12 points) over x with ρ̃ from its z average at any point; the
 *       integrand varies on a scale {@code ≥ (1.3/1.5)·2^FINER ≈ 7} in x, where a 12-point rule is
 *       exact to well below 1e-14.</li>
 * </ul>
 * Immutable.
 */
final class MixtureDensity {

    private static final QuadratureRule HERMITE = GaussHermite.rule(12);
    private static final double WINDOW = 9.5;
    private static final double RESOLVE = 1.5;
    /** Terms between two exact exponentials of the trapezoid sum (see fromTable). */
    private static final int RESTART = 16;
    private final ReferenceDensity rho;
    private final double mu;
    private final double c;
    private final double sigma;
    private final boolean table;
    private final int stride;
    private final double norm;
    /** 1/(2σ²), the step δ = c·stride·h of d = s − μ − c·u between terms, and e^{−2δ²/2σ²}. */
    private final double inv;
    private final double delta;
    private final double ratioStep;
    private final double ratioStep2;
    private final double ratioStep4;
    /** The reference table at the stride, contiguous: {@code strided[k] = ρ̃ at fine node k·stride}. */
    private final double[] strided;

    MixtureDensity(ReferenceDensity rho, double mu, double c, double sigma) {
        if (!(c > 0)) {
            throw new IllegalArgumentException("coupling must be > 0: " + c);
        }
        this.rho = rho;
        this.mu = mu;
        this.c = c;
        this.sigma = sigma;
        double hf = rho.fineStep();
        this.table = sigma / c >= RESOLVE * hf;
        int k = 1;
        while (2 * k * hf <= Math.min(rho.step(), sigma / (RESOLVE * c)) && k < (1 << ReferenceDensity.FINER)) {
            k *= 2;
        }
        this.stride = k;
        this.norm = 1 / (Math.sqrt(2 * Math.PI) * sigma);
        this.inv = 1 / (2 * sigma * sigma);
        this.delta = c * k * hf;
        this.ratioStep = Math.exp(-2 * delta * delta * inv);
        this.ratioStep2 = ratioStep * ratioStep;
        this.ratioStep4 = ratioStep2 * ratioStep2;
        this.strided = new double[table ? (rho.fineSize() + k - 1) / k : 0];
        for (int j = 0; j < strided.length; j++) {
            strided[j] = rho.fineValue(j * k);
        }
    }

    /** Where ψ is non-negligible: {@code [μ + c·u_lo − 10σ, μ + c·u_hi + 10σ]}. */
    double lower() {
        return mu + c * rho.lowerU() - 10 * sigma;
    }

    double upper() {
        return mu + c * rho.upperU() + 10 * sigma;
    }

    /** A point near ψ's maximum. */
    double start() {
        return mu + c * rho.modeU();
    }

    /** ψ(s). */
    double value(double s) {
        return table ? fromTable(s) : fromHermite(s);
    }

    private double fromTable(double s) {
        double uLo = (s - mu - WINDOW * sigma) / c;
        double uHi = (s - mu + WINDOW * sigma) / c;
        int i0 = Math.max(0, rho.fineIndexAtOrAbove(uLo));
        int n = rho.fineSize();
        // align to the stride grid of the fine table (index 0 is on every grid)
        i0 = ((i0 + stride - 1) / stride) * stride;
        // one past the last term of the window (u ≤ uHi)
        int end = Math.min(n, Math.max(i0, rho.fineIndexAtOrAbove(uHi)));
        end = ((end + stride - 1) / stride) * stride;
        while (end > i0 && rho.fineU(end - stride) > uHi) {
            end -= stride;
        }
        while (end < n && rho.fineU(end) <= uHi) {
            end += stride;
        }
        // the terms by their index on the stride grid, k = i/stride
        int k0 = i0 / stride;
        int kEnd = end / stride;
        double even = 0;
        double odd = 0;
        for (int b = k0; b < kEnd; b += RESTART) {
            int stop = Math.min(kEnd, b + RESTART);
            // every RESTART-th term exactly; in between by the recurrence of the Gaussian on an even
            // grid (d falls by δ per term): g_{m+1} = g_m·r·q^m, r = e^{(2dδ−δ²)/2σ²}, q = e^{−δ²/σ²};
            // the even and the odd terms as two chains, g_{m+2} = g_m·r²q^{2m+1}
            double d = s - mu - c * rho.fineU(b * stride);
            double g0 = Math.exp(-d * d * inv);
            double r = Math.exp((2 * d - delta) * delta * inv);
            double g1 = g0 * r;
            double step0 = r * r * ratioStep;
            double step1 = step0 * ratioStep2;
            int k = b;
            for (; k + 1 < stop; k += 2) {
                even += strided[k] * g0;
                odd += strided[k + 1] * g1;
                g0 *= step0;
                g1 *= step1;
                step0 *= ratioStep4;
                step1 *= ratioStep4;
            }
            if (k < stop) {
                even += strided[k] * g0;
            }
        }
        return (even + odd) * stride * rho.fineStep() * norm;
    }

    private double fromHermite(double s) {
        double sum = 0;
        for (int k = 0; k < HERMITE.size(); k++) {
            sum += HERMITE.weight(k) * rho.densityU((s - mu - sigma * HERMITE.node(k)) / c);
        }
        return sum / c;
    }
}
