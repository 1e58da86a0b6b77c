package vcl.theory.replica;

import java.util.stream.IntStream;
import vcl.theory.numerics.GaussLegendre;
import vcl.theory.numerics.GaussianTail;
import vcl.theory.numerics.GaussianTailTable;
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
 * exactly 0 and its inner average is not computed. The inner averages are convolutions of one function
 * of w = √q z + c x and are computed on one shared grid per evaluation ({@link ConvolutionGrid}); an
 * outer node the grid does not cover, and every node where s < 1e-3, gets its own panels
 * ({@link InnerAverage}). Outer nodes are evaluated in parallel, each into
 * its own slot, and summed in a fixed order: the result does not depend on the number of threads.
 */
public final class EnergeticTerm implements EnergeticChannel {

    /** Shared-grid panels, in local Gaussian widths of the log-integrand. */
    static final double GRID_PANEL_WIDTH = 1.25;
    private static final double GRID_CUT_MARGIN = 6.0;
    private static final int GRID_MAX_NODES = 40_000;
    /**
     * Below s = √(1 − q*) = 1e-3 every inner average keeps its own panels: there (the ends of branches
     * traced to q* → 1) the two rules differ by up to 1e-5 relative, both off a refined rule.
     */
    private static final double GRID_MIN_S = 1e-3;
    private final double beta;
    private final QuadratureSettings settings;
    private final QuadratureRule panel;
    private final boolean parallel;
    private final boolean sharedGrid;

    public EnergeticTerm(double beta, QuadratureSettings settings, boolean parallel) {
        this(beta, settings, parallel, true);
    }

    /**
     * As {@link #EnergeticTerm(double, QuadratureSettings, boolean)}; {@code sharedGrid} true (the default
     * of the other constructors) computes the inner averages as convolutions on one shared grid per
     * evaluation ({@link ConvolutionGrid}: 2.6× less CPU per evaluation at task-1 solutions, within 1e-12
     * of the refined per-node rule) where s = √(1 − q*) ≥ 1e-3; false every inner average on its own
     * panels.
     */
    public EnergeticTerm(double beta, QuadratureSettings settings, boolean parallel, boolean sharedGrid) {
        if (!(beta > 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("beta must be > 0, got " + beta);
        }
        this.beta = beta;
        this.settings = settings;
        this.panel = GaussLegendre.rule(settings.panelOrder());
        this.parallel = parallel;
        this.sharedGrid = sharedGrid;
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
        ConvolutionGrid grid = sharedGrid && s >= GRID_MIN_S ? grid(outer, omega, gap32, sqrtQ, c, s) : null;
        int chunks = parallel ? 8 : 1;
        IntStream range = IntStream.range(0, chunks);
        (parallel ? range.parallel() : range).forEach(chunk -> {
            InnerAverage inner = new InnerAverage(beta, panel, settings);
            double[] avg = new double[4];
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
                if (grid == null || !grid.average(sqrtQ * z, avg)) {
                    inner.evaluate(sqrtQ * z, c, s);
                    avg[0] = inner.logK;
                    avg[1] = inner.meanM;
                    avg[2] = inner.meanM2;
                    avg[3] = inner.meanMu;
                }
                double logK = avg[0];
                double dLogKdq = beta * z * avg[1] / (2 * sqrtQ * s)
                        + beta * ((1 - beta) * avg[2] - avg[3]) / (2 * s * s);
                double dLogKdqs = beta * (beta - 1) * avg[2] / (2 * s * s);
                value[i] = w * a * logK;
                dr[i] = w * g * q * logK;
                dq[i] = w * (-0.5 * g * r * logK + a * dLogKdq);
                dqs[i] = w * a * dLogKdqs;
            }
        });
        return new EnergeticDerivatives(sum(value), sum(dq), sum(dr), sum(dqs));
    }

    /**
     * The shared grid for the outer nodes that contribute: from 8.7 local widths below the mode of the
     * lowest y to 8.7 widths c above the mode of the highest (the modes grow with y); null if too large.
     */
    private ConvolutionGrid grid(QuadratureRule outer, double omega, double gap32, double sqrtQ, double c, double s) {
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < outer.size(); i++) {
            double z = outer.node(i);
            if (GaussianTail.value(-omega * z) == 0 && GaussianTail.density(omega * z) * z / gap32 == 0) {
                continue;
            }
            yMin = Math.min(yMin, sqrtQ * z);
            yMax = Math.max(yMax, sqrtQ * z);
        }
        if (!(yMin <= yMax)) {
            return null;
        }
        double cut = settings.logDrop() + GRID_CUT_MARGIN;
        double reach = Math.sqrt(2 * (cut + 2));
        InnerAverage inner = new InnerAverage(beta, panel, settings);
        double cs = c / s;
        double[] lm = new double[2];
        double x0 = inner.mode(yMin / s, cs);
        double u0 = -(yMin + c * x0) / s;
        GaussianTailTable.logHAndMills(u0, lm);
        double curvature = 1 + beta * cs * cs * lm[1] * (lm[1] - u0);
        double wLo = yMin + c * x0 - reach * c / Math.sqrt(curvature);
        double wHi = yMax + c * inner.mode(yMax / s, cs) + reach * c;
        return ConvolutionGrid.build(beta, c, s, wLo, wHi, panel, GRID_PANEL_WIDTH, cut, GRID_MAX_NODES);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
