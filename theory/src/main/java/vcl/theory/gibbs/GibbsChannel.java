package vcl.theory.gibbs;

import vcl.theory.numerics.GaussianTail;
import vcl.theory.numerics.GradedRule;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.replica.EnergeticChannel;
import vcl.theory.replica.EnergeticDerivatives;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.QuadratureSettings;

/**
 * The energetic channel of Gibbs learning with the error-counting energy (a student with self
 * overlap q* and sign outputs, a teacher of unit norm), at inverse temperature β ∈ (0, ∞]:
 * <pre>
 *   G_E(q, r, q*) = 2 ∫Dz A(z) L(kz),   A(z) = H(−ωz),   ω = r/√(q − r²),   k = √(q/(q* − q)),
 *   L(t) = log[e^{−β} + (1 − e^{−β}) H(−t)]   (β &lt; ∞),     L(t) = log H(−t)   (β = ∞, version space),
 * </pre>
 * with its partial derivatives, {@code ψ(t) = ∂L/∂t = (1 − e^{−β}) G(t)/e^{L(t)}} (at β = ∞ the Mills
 * ratio {@code M(−t)}):
 * <pre>
 *   ∂G_E/∂r  = 2∫Dz G(ωz) z q/(q − r²)^{3/2} L
 *   ∂G_E/∂q  = 2∫Dz [−G(ωz) z r/(2(q − r²)^{3/2}) L + A z ψ(kz) q* / (2√q (q* − q)^{3/2})]
 *   ∂G_E/∂q* = −2∫Dz A z ψ(kz) √q/(2(q* − q)^{3/2}).
 * </pre>
 * The zero-temperature channel is evaluated in its own closed form, not as a large β. The z rule is
 * graded around 0, where A (width 1/ω) and L (width 1/k) have their features.
 */
public final class GibbsChannel implements EnergeticChannel {

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private final double beta;
    private final QuadratureSettings settings;

    /**
     * @param beta the inverse temperature in (0, ∞]; {@code Double.POSITIVE_INFINITY} is zero temperature
     */
    public GibbsChannel(double beta, QuadratureSettings settings) {
        if (!(beta > 0)) {
            throw new IllegalArgumentException("beta must be > 0 (or +infinity for zero temperature), got " + beta);
        }
        this.beta = beta;
        this.settings = settings;
    }

    /** The zero-temperature (version-space) channel with the default quadrature. */
    public static GibbsChannel zeroTemperature() {
        return new GibbsChannel(Double.POSITIVE_INFINITY, QuadratureSettings.DEFAULT);
    }

    /** The inverse temperature, {@code +∞} at zero temperature. */
    @Override
    public double beta() {
        return beta;
    }

    /** True for the version-space channel (β = ∞). */
    public boolean atZeroTemperature() {
        return beta == Double.POSITIVE_INFINITY;
    }

    /** {@code L(t)}: the log-probability weight of an example whose student field has signed margin t. */
    public double logWeight(double t) {
        if (atZeroTemperature()) {
            return GaussianTail.logH(-t);
        }
        double right = Math.log(-Math.expm1(-beta)) + GaussianTail.logH(-t);
        return logSumExp(-beta, right);
    }

    /** {@code ψ(t) = L'(t)}. */
    public double logWeightSlope(double t) {
        if (atZeroTemperature()) {
            return GaussianTail.mills(-t);
        }
        double logDensity = -0.5 * t * t - LOG_SQRT_2PI;
        return Math.exp(Math.log(-Math.expm1(-beta)) + logDensity - logWeight(t));
    }

    private static double logSumExp(double x, double y) {
        double m = Math.max(x, y);
        return m + Math.log1p(Math.exp(-Math.abs(x - y)));
    }

    /** G_E and its derivatives at {@code 0 < q, r² < q < q* ≤ 1}. */
    @Override
    public EnergeticDerivatives evaluate(OrderParameters op) {
        double q = op.q();
        double r = op.r();
        double qs = op.qStar();
        if (!OrderParameters.interiorAt(q, r, qs)) {
            throw new IllegalArgumentException("the Gibbs channel needs 0 <= r^2 < q < q* <= 1: " + op);
        }
        double gap = q - r * r;
        double gap32 = gap * Math.sqrt(gap);
        double omega = r / Math.sqrt(gap);
        double spread = qs - q;
        double spread32 = spread * Math.sqrt(spread);
        double k = Math.sqrt(q / spread);
        double dkdq = qs / (2 * Math.sqrt(q) * spread32);
        double dkdqs = -Math.sqrt(q) / (2 * spread32);
        double width = Math.min(1.0, Math.min(1.0 / Math.max(Math.abs(omega), 1e-300), 1.0 / k));
        QuadratureRule rule = GradedRule.gaussian(0.0, width, settings.maxPanelWidth(), settings.panelDrop(),
                settings.zMax(), settings.panelOrder());
        double value = 0;
        double dq = 0;
        double dr = 0;
        double dqs = 0;
        for (int i = 0; i < rule.size(); i++) {
            double z = rule.node(i);
            double w = 2 * rule.weight(i);
            double a = GaussianTail.value(-omega * z);
            double g = GaussianTail.density(omega * z) * z / gap32;
            double l = logWeight(k * z);
            double zPsi = z * logWeightSlope(k * z);
            value += w * a * l;
            dr += w * g * q * l;
            dq += w * (-0.5 * g * r * l + a * zPsi * dkdq);
            dqs += w * a * zPsi * dkdqs;
        }
        return new EnergeticDerivatives(value, dq, dr, dqs);
    }
}
