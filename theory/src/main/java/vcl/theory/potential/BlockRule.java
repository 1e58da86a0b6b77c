package vcl.theory.potential;

import java.util.function.DoubleUnaryOperator;
import vcl.theory.numerics.GradedRule;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.replica.QuadratureSettings;

/**
 * The law of a one-step reference's block field z1 at fixed z0 (docs/theory-potential.md section
 * 10): {@code Dz1 F(z1)^x / ∫Dz1 F^x}, F the block's factor (K1 of the channel, Z1 of the site). A
 * fine rule (Gauss-Legendre panels graded around the factor's feature, at most {@code cap} wide, on
 * an interval that holds the tilted law) carries the tilted
 * weights and is replaced by the k-point Gauss rule of that discrete law ({@link GaussReduction}),
 * or (split) its two parts on either side of the feature (the centre of the grading: where the
 * block's field vanishes) each by its own k-point rule: the site's law is bimodal when the tilt is
 * strong and its integrands change character where the field changes sign, while on each side they
 * are smooth in z1 (the tests compare k with 2k). Also {@code log ∫Dz1 F^x}, from
 * the fine rule. With no block spread the law is the single node z1 = 0. Immutable.
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
     * The rule of k points (2k if split) of {@code Dz1 e^{x ℓ(z1)}}, normalised, ℓ the log of the block's factor, on
     * {@code [lower, upper]} (which must hold the tilted law: the Gaussian's truncation shifted by
     * the largest pull {@code x ℓ'} of the tilt); panels graded around {@code center} from
     * {@code width}, at most {@code cap} wide.
     */
    static BlockRule of(DoubleUnaryOperator logFactor, double x, double lower, double upper, double center,
            double width, double cap, int k, boolean split, QuadratureSettings settings) {
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
        // the law on each side of the feature, each reduced to its own k-point rule
        if (!split) {
            double[][] g = GaussReduction.reduce(zs, ws, k);
            return new BlockRule(g[0], g[1], max + Math.log(sum));
        }
        double at = Math.max(lower, Math.min(upper, center));
        double[][] left = part(zs, ws, at, -1, k);
        double[][] right = part(zs, ws, at, 1, k);
        int nl = left[0].length;
        double[][] g = {new double[nl + right[0].length], new double[nl + right[0].length]};
        System.arraycopy(left[0], 0, g[0], 0, nl);
        System.arraycopy(left[1], 0, g[1], 0, nl);
        System.arraycopy(right[0], 0, g[0], nl, right[0].length);
        System.arraycopy(right[1], 0, g[1], nl, right[0].length);
        return new BlockRule(g[0], g[1], max + Math.log(sum));
    }

    /** The k-point Gauss rule of the nodes below (side −1) or at and above (side +1) the split. */
    private static double[][] part(double[] z, double[] w, double split, int side, int k) {
        int n = 0;
        for (double t : z) {
            if (side < 0 == t < split) {
                n++;
            }
        }
        double[] pz = new double[n];
        double[] pw = new double[n];
        for (int i = 0, j = 0; i < z.length; i++) {
            if (side < 0 == z[i] < split) {
                pz[j] = z[i];
                pw[j] = w[i];
                j++;
            }
        }
        return GaussReduction.reduce(pz, pw, k);
    }
}
