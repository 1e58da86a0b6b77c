package vcl.theory.rsb;

import java.util.stream.IntStream;
import vcl.theory.numerics.GaussianTail;
import vcl.theory.numerics.GradedRule;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.replica.QuadratureSettings;

/**
 * The 1RSB energetic term of task 1 at Parisi parameter x,
 * <pre>
 *   G_E = 2∫Dz0 A(z0) L̄(z0),   A = H(−ω z0),   ω = r/√(q0 − r²),
 *   L̄(z0) = (1/x) log ∫Dz1 K1(y)^x,   y = √q0 z0 + √(q1 − q0) z1,
 * </pre>
 * ({@link ChannelAverage} for K1, tabulated per evaluation on Chebyshev panels, {@link PanelTable}) and its derivatives, with [·] the tilted z1 average (weight
 * {@code K1^x / ∫Dz1 K1^x}), g and g' the first two y-derivatives of log K1:
 * <pre>
 *   ∂G_E/∂q1 = −(1 − x) ∫Dz0 A [g²]                       (z1 integration by parts, ∂K1/∂q1 = −K1''/2)
 *   ∂G_E/∂q0 = 2∫Dz0 {∂A/∂q0 L̄ + A ([g] z0/(2√q0) − ½(x[g²] + [g']))}
 *   ∂G_E/∂q* = 2∫Dz0 A [L_q*],   ∂G_E/∂r = 2∫Dz0 ∂A/∂r L̄,
 *   ∂A/∂r = G(ωz0) z0 q0/(q0 − r²)^{3/2},   ∂A/∂q0 = −G(ωz0) z0 r/(2(q0 − r²)^{3/2}),
 *   ∂G_E/∂x (explicit) = 2∫Dz0 A (1/x)([log K1] − L̄).
 * </pre>
 * The z0 rule is graded around 0 (the step of A, width 1/ω, and the edge of L̄); outer nodes are
 * evaluated in parallel, each into its own slot, and summed in a fixed order. Immutable.
 */
public final class RsbChannel {

    private final double beta;
    private final QuadratureSettings settings;

    public RsbChannel(double beta, QuadratureSettings settings) {
        if (!(beta > 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("beta must be > 0, got " + beta);
        }
        this.beta = beta;
        this.settings = settings;
    }

    public double beta() {
        return beta;
    }

    /** G_E and its derivatives at {@code r² < q0 ≤ q1 < q* < 1}. */
    public ChannelImage evaluate(double x, double q0, double q1, double qStar, double r) {
        if (!(r * r < q0 && q0 <= q1 && q1 < qStar && qStar < 1) || !(x > 0 && x <= 1)) {
            throw new IllegalArgumentException("need r^2 < q0 <= q1 < q* < 1 and x in (0, 1]: r=" + r + " q0=" + q0
                    + " q1=" + q1 + " q*=" + qStar + " x=" + x);
        }
        double s = Math.sqrt(1 - qStar);
        double c = Math.sqrt(qStar - q1);
        double sq0 = Math.sqrt(q0);
        double t = Math.sqrt(q1 - q0);
        double gap = q0 - r * r;
        double omega = r / Math.sqrt(gap);
        double gap32 = gap * Math.sqrt(gap);
        double width = Math.min(1.0, Math.min(1.0 / Math.max(Math.abs(omega), 1e-300), s / sq0));
        QuadratureRule outer = GradedRule.gaussian(0.0, width, settings.maxPanelWidth(), settings.panelDrop(),
                settings.zMax(), settings.panelOrder());
        double edge = Math.sqrt(c * c + s * s / (1 + beta));
        double reach = sq0 * settings.zMax() + t * (settings.zMax() + TABLE_MARGIN);
        PanelTable table = PanelTable.build(-reach, reach, 0.0, 0.5 * edge, Math.max(0.5 * edge, TABLE_WIDTHS * edge),
                TABLE_DEGREE, 4, new ChannelAverage(beta, c, s)::values);
        double innerWidth = t > 0 ? Math.min(1.0, edge / t) : 1.0;
        int n = outer.size();
        double[][] slots = new double[n][];
        int chunks = 8;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            ChannelAverage direct = new ChannelAverage(beta, c, s);
            TiltedIntegral integral = new TiltedIntegral(settings, VALUES);
            double[] avg = new double[VALUES];
            for (int i = chunk; i < n; i += chunks) {
                double z = outer.node(i);
                double w = 2 * outer.weight(i);
                double a = GaussianTail.value(-omega * z);
                double dA = GaussianTail.density(omega * z) * z / gap32;
                if (a == 0 && dA == 0) {
                    slots[i] = new double[7];
                    continue;
                }
                double y0 = sq0 * z;
                double lBar;
                if (t == 0) {
                    values(table, direct, y0, 0, avg);
                    lBar = avg[0];
                } else {
                    double center = Math.max(-settings.zMax(), Math.min(settings.zMax(), -y0 / t));
                    lBar = integral.integrate(x, center, innerWidth, Double.NEGATIVE_INFINITY,
                            (z1, out) -> values(table, direct, y0 + t * z1, t, out), avg);
                }
                double gBar = avg[2];
                double g2Bar = avg[3];
                double g1Bar = avg[4];
                slots[i] = new double[] {
                    w * a * lBar,
                    w * (-0.5 * dA * r * lBar + a * (gBar * z / (2 * sq0) - 0.5 * (x * g2Bar + g1Bar))),
                    -0.5 * w * a * (1 - x) * g2Bar,
                    w * a * avg[5],
                    w * dA * q0 * lBar,
                    w * a * (avg[0] - lBar) / x,
                    w * a * g2Bar
                };
            }
        });
        double[] sum = new double[7];
        for (double[] slot : slots) {
            for (int j = 0; j < slot.length; j++) {
                sum[j] += slot[j];
            }
        }
        return new ChannelImage(sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6]);
    }

    /** Values per inner node: L, its z1-slope t·g, g, g², g', L_q*. */
    private static final int VALUES = 6;
    /** Chebyshev degree of the table's panels. */
    private static final int TABLE_DEGREE = 16;
    /** Widest table panel, in widths of the channel's edge. */
    private static final double TABLE_WIDTHS = 8;
    /** The table covers the inner nodes up to this many widths beyond zMax. */
    private static final double TABLE_MARGIN = 4;

    private static void values(PanelTable table, ChannelAverage direct, double y, double t, double[] out) {
        if (y >= table.lower() && y <= table.upper()) {
            table.at(y, out);
        } else {
            direct.values(y, out);
        }
        double l = out[0];
        double g = out[1];
        double g1 = out[2];
        double lqs = out[3];
        out[0] = l;
        out[1] = t * g;
        out[2] = g;
        out[3] = g * g;
        out[4] = g1;
        out[5] = lqs;
    }
}
