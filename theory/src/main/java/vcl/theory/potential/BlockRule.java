package vcl.theory.potential;

import java.util.function.DoubleUnaryOperator;
import vcl.theory.numerics.GradedRule;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.replica.QuadratureSettings;

/**
 * The law of a one-step reference's block field z1 at fixed z0 (docs/theory-potential.md section
 * 10): {@code Dz1 F(z1)^x / ∫Dz1 F^x}, F the block's factor (K1 of the channel, Z1 of the site). A
 * fine rule (Gauss-Legendre panels graded around the factor's feature, at most {@code cap} wide, on
 * an interval that holds the tilted law) carries the tilted weights; the law between consecutive
 * cuts (none for the channel's log-concave law; where b1 = 0 for the site's, which is bimodal when
 * the tilt is strong and whose integrands change character where b1 changes sign) is replaced by
 * the k-point Gauss rule of that discrete law ({@link GaussReduction}). The tests compare k with 2k.
 * Also {@code log ∫Dz1 F^x}, from the fine rule. With no block spread the law is the single node
 * z1 = 0. Immutable.
 */
final class BlockRule {

    private static final double NEGLIGIBLE = 1e-17;
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    final double[] z;
    final double[] weight;
    /** {@code log ∫Dz1 F(z1)^x}. */
    final double logNorm;

    private BlockRule(double[] z, double[] weight, double logNorm) {
        this.z = z;
        this.weight = weight;
        this.logNorm = logNorm;
    }

    int size() {
        return z.length;
    }

    /** The single node of a block without spread, where the factor is {@code F(0)}. */
    static BlockRule degenerate(double logFactorAtZero, double x) {
        return new BlockRule(new double[] {0}, new double[] {1}, x * logFactorAtZero);
    }

    /**
     * The rule of k points per piece between the cuts of {@code Dz1 e^{x ℓ(z1)}}, normalised, ℓ the
     * log of the block's factor, on
     * {@code [lower, upper]} (which must hold the tilted law: the Gaussian's truncation shifted by
     * the largest pull {@code x ℓ'} of the tilt); panels graded around {@code center} from
     * {@code width}, at most {@code cap} wide.
     */
    static BlockRule of(DoubleUnaryOperator logFactor, double x, double lower, double upper, double center,
            double width, double cap, int k, double[] splits, QuadratureSettings settings) {
        double maxWidth = Math.min(settings.maxPanelWidth(), cap);
        double first = Math.max(1e-6, Math.min(width, maxWidth));
        QuadratureRule fine = GradedRule.interval(lower, upper, Math.max(lower, Math.min(upper, center)), first,
                maxWidth, settings.panelOrder());
        int n = fine.size();
        double[] log = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double t = fine.node(i);
            log[i] = Math.log(fine.weight(i)) - 0.5 * t * t - LOG_SQRT_2PI + x * logFactor.applyAsDouble(t);
            max = Math.max(max, log[i]);
        }
        if (!Double.isFinite(max)) {
            throw new vcl.theory.numerics.NumericalLimitException("block factor not finite");
        }
        int kept = 0;
        double cut = max + Math.log(NEGLIGIBLE);
        for (double l : log) {
            if (l >= cut) {
                kept++;
            }
        }
        double[] zs = new double[kept];
        double[] ws = new double[kept];
        double sum = 0;
        for (int i = 0, j = 0; i < n; i++) {
            if (log[i] >= cut) {
                zs[j] = fine.node(i);
                ws[j] = Math.exp(log[i] - max);
                sum += ws[j];
                j++;
            }
        }
        for (int j = 0; j < kept; j++) {
            ws[j] /= sum;
        }
        // the law between consecutive cuts, each piece reduced to its own k-point rule
        double[] cuts = new double[splits.length + 2];
        cuts[0] = Double.NEGATIVE_INFINITY;
        System.arraycopy(splits, 0, cuts, 1, splits.length);
        cuts[cuts.length - 1] = Double.POSITIVE_INFINITY;
        java.util.Arrays.sort(cuts);
        double[][] g = {new double[0], new double[0]};
        for (int p = 0; p + 1 < cuts.length; p++) {
            double[][] piece = part(zs, ws, cuts[p], cuts[p + 1], k);
            g[0] = concat(g[0], piece[0]);
            g[1] = concat(g[1], piece[1]);
        }
        return new BlockRule(g[0], g[1], max + Math.log(sum));
    }

    /** The k-point Gauss rule of the nodes in [lo, hi). */
    private static double[][] part(double[] z, double[] w, double lo, double hi, int k) {
        int n = 0;
        for (double t : z) {
            if (t >= lo && t < hi) {
                n++;
            }
        }
        double[] pz = new double[n];
        double[] pw = new double[n];
        for (int i = 0, j = 0; i < z.length; i++) {
            if (z[i] >= lo && z[i] < hi) {
                pz[j] = z[i];
                pw[j] = w[i];
                j++;
            }
        }
        return GaussReduction.reduce(pz, pw, k);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
