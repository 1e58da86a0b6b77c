package vcl.theory.replica;

import java.util.stream.IntStream;
import vcl.theory.numerics.GaussLegendre;
import vcl.theory.numerics.GaussianTail;
import vcl.theory.numerics.GradedRule;
import vcl.theory.numerics.QuadratureRule;

/**
 * The energetic term of the teacher-student binary perceptron in field space,
 * <pre>
 *   G_E(q, r, q*) = 2 ∫Dz A(z) log K(z),   A(z) = H(−ωz),  ω = r/√(q − r²),
 *   K(z) = ∫Dx H(u)^β,   u = −(√q z + √(q*−q) x)/√(1−q*),
 * </pre>
 * and its partial derivatives in their analytic forms (theory.md section 3), with
 * {@code s = √(1−q*)}, {@code M} the Mills ratio and {@code ⟨·⟩} the tilted inner average:
 * <pre>
 *   ∂ log K/∂q  = β z ⟨M⟩/(2√q s) + β ⟨M((1−β)M − u)⟩/(2s²)   (Gaussian integration by parts in x)
 *   ∂ log K/∂q* = β(β−1) ⟨M²⟩/(2s²)
 *   ∂A/∂r = G(ωz) z q/(q−r²)^{3/2},   ∂A/∂q = −G(ωz) z r/(2(q−r²)^{3/2}).
 * </pre>
 * The outer z rule is graded around z = 0, where both A (a step of width 1/ω) and log K (an edge of
 * width s/√q) have their features. Where A and ∂A underflow to 0 (ωz below −38.6) a node contributes
 * exactly 0 and its inner average is not computed. Outer nodes are evaluated in parallel, each into
 * its own slot, and summed in a fixed order: the result does not depend on the number of threads.
 */
public final class EnergeticTerm implements EnergeticChannel {

    private final double beta;
    private final QuadratureSettings settings;
    private final QuadratureRule panel;
    private final boolean parallel;

    public EnergeticTerm(double beta, QuadratureSettings settings, boolean parallel) {
        if (!(beta > 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("beta must be > 0, got " + beta);
        }
        this.beta = beta;
        this.settings = settings;
        this.panel = GaussLegendre.rule(settings.panelOrder());
        this.parallel = parallel;
    }

    public EnergeticTerm(double beta) {
        this(beta, QuadratureSettings.DEFAULT, true);
    }

    @Override
    public double beta() {
        return beta;
    }

    /** G_E and its derivatives at (q, r, q*); requires 0 ≤ r² < q < q* < 1. */
    @Override
    public EnergeticDerivatives evaluate(OrderParameters op) {
        double q = op.q();
        double r = op.r();
        double qs = op.qStar();
        if (!op.isInterior()) {
            throw new IllegalArgumentException("energetic term needs 0 <= r^2 < q < q* < 1: " + op);
        }
        double s = Math.sqrt(1 - qs);
        double c = Math.sqrt(qs - q);
        double sqrtQ = Math.sqrt(q);
        double gap = q - r * r;
        double omega = r / Math.sqrt(gap);
        double gap32 = gap * Math.sqrt(gap);
        double width = Math.min(1.0, Math.min(1.0 / Math.max(Math.abs(omega), 1e-300), s / sqrtQ));
        QuadratureRule outer = GradedRule.gaussian(0.0, width, settings.maxPanelWidth(), settings.panelDrop(), settings.zMax(),
                settings.panelOrder());
        int n = outer.size();
        double[] value = new double[n];
        double[] dq = new double[n];
        double[] dr = new double[n];
        double[] dqs = new double[n];
        int chunks = parallel ? 8 : 1;
        IntStream range = IntStream.range(0, chunks);
        (parallel ? range.parallel() : range).forEach(chunk -> {
            InnerAverage inner = new InnerAverage(beta, panel, settings);
            for (int i = chunk; i < n; i += chunks) {
                double z = outer.node(i);
                double w = 2 * outer.weight(i);
                double a = GaussianTail.value(-omega * z);
                double g = GaussianTail.density(omega * z) * z / gap32;
                if (a == 0 && g == 0) {
                    // A and its derivative underflow (ωz below −38.6, e.g. on the good branch, where ω is
                    // large): every term of this node is exactly 0, and the slots are 0 already
                    continue;
                }
                inner.evaluate(sqrtQ * z, c, s);
                double dLogKdq = beta * z * inner.meanM / (2 * sqrtQ * s)
                        + beta * ((1 - beta) * inner.meanM2 - inner.meanMu) / (2 * s * s);
                double dLogKdqs = beta * (beta - 1) * inner.meanM2 / (2 * s * s);
                value[i] = w * a * inner.logK;
                dr[i] = w * g * q * inner.logK;
                dq[i] = w * (-0.5 * g * r * inner.logK + a * dLogKdq);
                dqs[i] = w * a * dLogKdqs;
            }
        });
        return new EnergeticDerivatives(sum(value), sum(dq), sum(dr), sum(dqs));
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
