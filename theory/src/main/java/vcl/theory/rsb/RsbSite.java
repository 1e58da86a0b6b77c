package vcl.theory.rsb;

import java.util.stream.IntStream;
import vcl.theory.numerics.GradedRule;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.numerics.SiteMoments;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SingleSiteMeasure;

/**
 * The 1RSB entropic term of task 1 at Parisi parameter x,
 * <pre>
 *   G_S = ∫Dz0 (1/x) log ∫Dz1 Z(a, b)^x,   b = √q̂0 z0 + √(q̂1 − q̂0) z1 + r̂,   a = q̂* − q̂1/2,
 * </pre>
 * with Z the single-site measure's normaliser, and its derivatives as tilted averages
 * ({@link SiteImage}): {@code ∂G_S/∂q̂* = E0[⟨m²⟩]}, {@code ∂G_S/∂r̂ = E0[⟨m⟩]},
 * {@code ∂G_S/∂q̂1 = −½(1 − x) E0[⟨m⟩²]}, {@code ∂G_S/∂q̂0 = −½x E0[⟨m⟩]²} (Gaussian integration by
 * parts in z1 and z0). The z0 rule is graded around the point where the mean field vanishes, the z1
 * rule ({@link TiltedIntegral}) around the point where b does; the site's functions of b are
 * tabulated once per evaluation ({@link PanelTable}). Outer nodes are evaluated in parallel, each into
 * its own slot, and summed in a fixed order. Immutable.
 */
public final class RsbSite {

    private final SingleSiteMeasure measure;
    private final QuadratureSettings settings;

    public RsbSite(SingleSiteMeasure measure, QuadratureSettings settings) {
        this.measure = measure;
        this.settings = settings;
    }

    /** The measure of the sites. */
    public SingleSiteMeasure measure() {
        return measure;
    }

    /** G_S and the order parameters it returns, at conjugates {@code 0 ≤ q̂0 ≤ q̂1}. */
    public SiteImage evaluate(double x, double q0Hat, double q1Hat, double qStarHat, double rHat) {
        if (!(q0Hat >= 0 && q1Hat >= q0Hat) || !(x > 0 && x <= 1)) {
            throw new IllegalArgumentException("need 0 <= q0^ <= q1^ and x in (0, 1]: " + q0Hat + ", " + q1Hat + ", " + x);
        }
        double a = qStarHat - 0.5 * q1Hat;
        double s0 = Math.sqrt(q0Hat);
        double center = s0 > 0 ? -rHat / s0 : 0.0;
        double t = Math.sqrt(q1Hat - q0Hat);
        // the inner average smooths the site's switch (width 1 in b) over t: width √(1 + t²) in b
        double width = Math.min(1.0, Math.sqrt(1 + t * t) / Math.max(s0, 1e-300));
        QuadratureRule outer = GradedRule.gaussian(Double.isFinite(center) ? center : 0.0, width,
                settings.maxPanelWidth(), settings.panelDrop(), settings.zMax(), settings.panelOrder());
        double reach = x * t + settings.zMax();
        double bReach = s0 * settings.zMax() + t * (reach + TABLE_MARGIN);
        PanelTable table = PanelTable.build(rHat - bReach, rHat + bReach, 0.0, TABLE_WIDTH, TABLE_MAX_WIDTH,
                TABLE_DEGREE, 4, (b, out) -> moments(a, b, out));
        double innerWidth = t > 0 ? Math.min(1.0, 1.0 / t) : 1.0;
        int n = outer.size();
        double[][] slots = new double[n][];
        int chunks = 8;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            TiltedIntegral integral = new TiltedIntegral(settings, VALUES);
            double[] avg = new double[VALUES];
            for (int i = chunk; i < n; i += chunks) {
                double b0 = s0 * outer.node(i) + rHat;
                double innerLog;
                if (t == 0) {
                    values(table, a, b0, 0, avg);
                    innerLog = avg[0];
                } else {
                    double c = Math.max(-reach, Math.min(reach, -b0 / t));
                    innerLog = integral.integrate(x, c, innerWidth, x * t,
                            (z, out) -> values(table, a, b0 + t * z, t, out), avg);
                }
                double w = outer.weight(i);
                slots[i] = new double[] {w * innerLog, w * avg[2] * avg[2], w * avg[3], w * avg[4], w * avg[2],
                    w * avg[5], w * (avg[0] - innerLog) / x};
            }
        });
        double[] sum = new double[7];
        for (double[] slot : slots) {
            for (int j = 0; j < 7; j++) {
                sum[j] += slot[j];
            }
        }
        return new SiteImage(sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6]);
    }

    /** Values per node: log Z, its z1-slope t⟨m⟩, ⟨m⟩, ⟨m⟩², ⟨m²⟩, ⟨sign m⟩. */
    private static final int VALUES = 6;

    /** First panel width of the site table in b (the switch of ⟨m⟩ has width about 1). */
    private static final double TABLE_WIDTH = 0.25;
    /** Widest panel of the site table. */
    private static final double TABLE_MAX_WIDTH = 2.0;
    private static final int TABLE_DEGREE = 16;
    /** The table covers the inner nodes up to this many units of z1 beyond their reach. */
    private static final double TABLE_MARGIN = 4;

    private void moments(double a, double b, double[] out) {
        SiteMoments m = measure.moments(a, b);
        out[0] = m.logZ();
        out[1] = m.mean();
        out[2] = m.secondMoment();
        out[3] = m.meanSign();
    }

    private void values(PanelTable table, double a, double b, double t, double[] out) {
        if (b >= table.lower() && b <= table.upper()) {
            table.at(b, out);
        } else {
            moments(a, b, out);
        }
        double mean = out[1];
        double second = out[2];
        double sign = out[3];
        out[1] = t * mean;
        out[2] = mean;
        out[3] = mean * mean;
        out[4] = second;
        out[5] = sign;
    }
}
