package vcl.theory.stability;

import java.util.stream.IntStream;
import vcl.theory.numerics.GaussHermite;
import vcl.theory.numerics.GaussianTail;
import vcl.theory.numerics.GradedRule;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.EntropicTerm;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SingleSiteMeasure;

/**
 * The one-step replica-symmetry-broken (1RSB) free entropy of task 1 at a fixed Parisi parameter
 * {@code x ∈ (0, 1)}, and its curvature in the breaking direction at a replica-symmetric saddle point:
 * an independent check of the replicon {@link Replicon}.
 *
 * <p>With overlaps {@code q1} (inside a block of x replicas) and {@code q0} (between blocks), conjugates
 * {@code q̂1, q̂0}, and {@code a = q̂* − q̂1/2}:
 * <pre>
 *   Φ = −q̂* q* + ½[(1 − x) q̂1 q1 + x q̂0 q0] − r̂ r + G_S + α G_E,
 *   G_S = ∫Dz0 (1/x) log ∫Dz1 Z(a, √q̂0 z0 + √(q̂1 − q̂0) z1 + r̂)^x,
 *   G_E = 2∫Dz0 H(−ω z0) (1/x) log ∫Dz1 K1(√q0 z0 + √(q1 − q0) z1)^x,   ω = r/√(q0 − r²),
 *   K1(y) = ∫Dξ H(−(y + √(q* − q1) ξ)/√(1 − q*))^β,
 * </pre>
 * which is the replica-symmetric Φ when {@code q1 = q0}, {@code q̂1 = q̂0}. In the coordinates
 * {@code q1 = σ + xΔ}, {@code q0 = σ − (1 − x)Δ} (and likewise σ̂, Δ̂ for the conjugates) the bilinear
 * term is {@code ½σ̂σ + κΔ̂Δ} with {@code κ = x(1 − x)/2}, and the gradient of Φ along Δ, Δ̂ vanishes
 * on the whole replica-symmetric subspace; so at an RS saddle point the Hessian separates, and its
 * block in (Δ, Δ̂) is {@code [[α G_E'', κ], [κ, G_S'']]} with {@code G_E'' = ∂²G_E/∂Δ²},
 * {@code G_S'' = ∂²G_S/∂Δ̂²}. The replica-symmetric solution is the limit Δ → 0 of a 1RSB solution
 * where this block is singular, {@code α G_E'' G_S'' = κ²}; the replicon analysis predicts
 * {@code G_E'' = −κ χ_out}, {@code G_S'' = −κ χ_in} for every x, so that the block's determinant is
 * {@code −κ² λ_R}. Here G_E'' and G_S'' are computed from the 1RSB integrals themselves, by one-sided
 * finite differences in Δ ≥ 0 (the integrals are analytic in Δ: odd powers of √Δ cancel on the
 * symmetric Gauss-Hermite rule in z1), with the z0 rules held fixed: no moment formula of the replicon
 * is used.
 */
public final class OneStepRsb {

    /**
     * Points of the Gauss-Hermite rule of the inner average over z1: exact through z1²³, far beyond
     * the order that matters at the small Δ of the differences.
     */
    private static final int INNER = 12;
    /** Step in Δ, relative to q* − q. */
    static final double CHANNEL_STEP = 3e-3;
    /** Step in Δ̂, relative to max(q̂, 1). */
    static final double SITE_STEP = 2e-4;
    private final double x;
    private final SingleSiteMeasure measure;
    private final QuadratureSettings settings;
    private final ChannelCurvature channel;
    private final QuadratureRule inner = GaussHermite.rule(INNER);

    /**
     * @param beta the learning inverse temperature
     * @param measure the single-site measure (prior) of task 1
     * @param x the Parisi parameter, in (0, 1)
     */
    public OneStepRsb(double beta, SingleSiteMeasure measure, double x, QuadratureSettings settings) {
        if (!(x > 0 && x < 1)) {
            throw new IllegalArgumentException("Parisi parameter x must lie in (0, 1), got " + x);
        }
        this.x = x;
        this.measure = measure;
        this.settings = settings;
        this.channel = new ChannelCurvature(beta);
    }

    /** {@code κ = x(1 − x)/2}, the coefficient of Δ̂Δ in Φ. */
    public double coupling() {
        return 0.5 * x * (1 - x);
    }

    /**
     * The 1RSB entropic term at conjugates {@code q̂0 ≤ q̂1}, on the z0 rule given (held fixed when
     * differentiating).
     */
    public double entropic(double qHat0, double qHat1, double qStarHat, double rHat, QuadratureRule z0) {
        if (!(qHat0 >= 0 && qHat1 >= qHat0)) {
            throw new IllegalArgumentException("need 0 <= q^0 <= q^1: " + qHat0 + ", " + qHat1);
        }
        double a = qStarHat - 0.5 * qHat1;
        double s0 = Math.sqrt(qHat0);
        double s1 = Math.sqrt(qHat1 - qHat0);
        double sum = 0;
        double[] logZ = new double[inner.size()];
        for (int i = 0; i < z0.size(); i++) {
            double b0 = s0 * z0.node(i) + rHat;
            for (int k = 0; k < inner.size(); k++) {
                logZ[k] = measure.moments(a, b0 + s1 * inner.node(k)).logZ();
            }
            sum += z0.weight(i) * innerLog(logZ);
        }
        return sum;
    }

    /**
     * The 1RSB energetic term at overlaps {@code r² < q0 ≤ q1 < q* < 1}, on the z0 rule given (held
     * fixed when differentiating).
     */
    public double energetic(double q0, double q1, double qStar, double r, QuadratureRule z0) {
        if (!(r * r < q0 && q0 <= q1 && q1 < qStar && qStar < 1)) {
            throw new IllegalArgumentException("need r^2 < q0 <= q1 < q* < 1: " + r + ", " + q0 + ", " + q1 + ", " + qStar);
        }
        double omega = r / Math.sqrt(q0 - r * r);
        double c1 = Math.sqrt(qStar - q1);
        double s = Math.sqrt(1 - qStar);
        double sq0 = Math.sqrt(q0);
        double sd = Math.sqrt(q1 - q0);
        double[] terms = new double[z0.size()];
        IntStream.range(0, z0.size()).parallel().forEach(i -> {
            double[] logK = new double[inner.size()];
            double y0 = sq0 * z0.node(i);
            for (int k = 0; k < inner.size(); k++) {
                logK[k] = channel.tilted(y0 + sd * inner.node(k), c1, s)[0];
            }
            terms[i] = 2 * z0.weight(i) * GaussianTail.value(-omega * z0.node(i)) * innerLog(logK);
        });
        double sum = 0;
        for (double t : terms) {
            sum += t;
        }
        return sum;
    }

    /** {@code (1/x) log Σ_k w_k exp(x L_k)} on the inner rule, shifted by the largest L. */
    private double innerLog(double[] logs) {
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logs) {
            max = Math.max(max, l);
        }
        double sum = 0;
        for (int k = 0; k < logs.length; k++) {
            sum += inner.weight(k) * Math.exp(x * (logs[k] - max));
        }
        return max + Math.log(sum) / x;
    }

    /**
     * The Hessian block in (Δ, Δ̂) at a replica-symmetric saddle point (q, r, q*; q̂, r̂, q̂*): G_E''
     * and G_S'' by the one-sided difference of third order
     * {@code (35f0 − 104f1 + 114f2 − 56f3 + 11f4)/(12h²)} with steps {@code h = 3e-3·(q* − q)} in Δ
     * and {@code h = 2e-4·max(q̂, 1)} in Δ̂. At β = 20 near the AT point these are within about 1e-7
     * (channel) and 3e-7 (site), relative, of the limits they converge to as h shrinks (the
     * second-order difference needs steps three times smaller for 1e-5, and the rounding of the
     * integrals then dominates).
     */
    public RsbCurvature curvature(double alpha, OrderParameters op, Conjugates conj) {
        return curvature(alpha, op, conj, CHANNEL_STEP, SITE_STEP);
    }

    /** {@link #curvature(double, OrderParameters, Conjugates)} with relative steps of one's own. */
    RsbCurvature curvature(double alpha, OrderParameters op, Conjugates conj, double channelStep, double siteStep) {
        double q = op.q();
        double qHat = conj.qHat();
        QuadratureRule zSite = EntropicTerm.zRule(conj, settings);
        double omega = op.r() / Math.sqrt(q - op.r() * op.r());
        double width = Math.min(1.0, Math.min(1.0 / Math.max(Math.abs(omega), 1e-300),
                Math.sqrt(1 - op.qStar()) / Math.sqrt(q)));
        QuadratureRule zChannel = GradedRule.gaussian(0.0, width, 0.5, 2.0, 9.0, 12);
        double hq = channelStep * (op.qStar() - q);
        double hs = siteStep * Math.max(qHat, 1);
        double[] e = new double[5];
        double[] g = new double[5];
        for (int k = 0; k < 5; k++) {
            double d = k * hq;
            e[k] = energetic(q - (1 - x) * d, q + x * d, op.qStar(), op.r(), zChannel);
            double dh = k * hs;
            g[k] = entropic(qHat - (1 - x) * dh, qHat + x * dh, conj.qStarHat(), conj.rHat(), zSite);
        }
        return new RsbCurvature(alpha, coupling(), secondDifference(e, hq), secondDifference(g, hs));
    }

    private static double secondDifference(double[] f, double h) {
        return (35 * f[0] - 104 * f[1] + 114 * f[2] - 56 * f[3] + 11 * f[4]) / (12 * h * h);
    }
}
