package vcl.theory.rsb;

import vcl.theory.numerics.GaussLegendre;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.replica.QuadratureSettings;

/**
 * The inner z1 average of a 1RSB term at one outer node: {@code (1/x) log ∫Dz1 e^{x L(z1)}} and tilted
 * averages {@code [v] = ∫Dz1 e^{x L} v / ∫Dz1 e^{x L}} of functions v computed with L.
 *
 * <p>Method: Gauss-Legendre panels start at a centre (the place of the integrand's sharp feature), with
 * a first width of the feature's width, and double outward, each halved until the log-integrand
 * {@code f = −z²/2 + x L} changes by at most {@code panelDrop} across it (measured by its slope at both
 * ends); on each side they stop once f has fallen {@code logDrop} below the largest value met, at a
 * point beyond which f can only fall ({@code side·z ≥ monotoneFrom} and f decreasing outward). All
 * weights are formed relative to the largest log-weight, so nothing under- or overflows. Not
 * thread-safe (scratch arrays).
 */
final class TiltedIntegral {

    /** Computes, at z, {@code out[0] = L(z)}, {@code out[1] = dL/dz} and further values to average. */
    interface Integrand {
        void at(double z, double[] out);
    }

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final int MAX_PANELS = 4000;
    private final QuadratureRule panel;
    private final double[] logPanelWeight;
    private final double maxWidth;
    private final double panelDrop;
    private final double logDrop;
    private final int k;
    private double[] logWeight = new double[256];
    private double[] values;
    private final double[] out;
    private final double[] endOut;
    private int n;
    /** Integrand evaluations since construction (for diagnostics and tests). */
    long calls;

    /** An integrator for k values per node (L and its slope included). */
    TiltedIntegral(QuadratureSettings settings, int k) {
        this.panel = GaussLegendre.rule(settings.panelOrder());
        this.logPanelWeight = new double[panel.size()];
        for (int i = 0; i < panel.size(); i++) {
            logPanelWeight[i] = Math.log(panel.weight(i));
        }
        this.maxWidth = settings.maxPanelWidth();
        this.panelDrop = settings.panelDrop();
        this.logDrop = settings.logDrop();
        this.k = k;
        this.values = new double[256 * k];
        this.out = new double[k];
        this.endOut = new double[k];
    }

    /**
     * Fills {@code averages[j] = [v_j]} (j < k, v_0 = L, v_1 = dL/dz) and returns
     * {@code (1/x) log ∫Dz e^{x L}}.
     *
     * @param center where the panels start
     * @param width the first panels' width
     * @param monotoneFrom beyond {@code side·z ≥ monotoneFrom} the log-integrand has no further maximum
     */
    double integrate(double x, double center, double width, double monotoneFrom, Integrand f, double[] averages) {
        n = 0;
        double fMax = Double.NEGATIVE_INFINITY;
        for (int side = -1; side <= 1; side += 2) {
            double start = center;
            f.at(start, endOut);
            double fStart = -0.5 * start * start + x * endOut[0];
            double slopeStart = -start + x * endOut[1];
            fMax = Math.max(fMax, fStart);
            double h = width;
            for (int count = 0; count < MAX_PANELS; count++) {
                double end = start + side * h;
                f.at(end, endOut);
                double slopeEnd = -end + x * endOut[1];
                while (h * Math.max(Math.abs(slopeStart), Math.abs(slopeEnd)) > panelDrop && h > 1e-9) {
                    h *= 0.5;
                    end = start + side * h;
                    f.at(end, endOut);
                    slopeEnd = -end + x * endOut[1];
                }
                double fEnd = -0.5 * end * end + x * endOut[0];
                double mid = 0.5 * (start + end);
                double half = 0.5 * h;
                double logHalf = Math.log(half);
                for (int i = 0; i < panel.size(); i++) {
                    double z = mid + half * panel.node(i);
                    f.at(z, out);
                    double fz = -0.5 * z * z + x * out[0];
                    fMax = Math.max(fMax, fz);
                    add(logHalf + logPanelWeight[i] + fz);
                }
                fMax = Math.max(fMax, fEnd);
                if (side * end >= monotoneFrom && side * slopeEnd < 0 && fEnd < fMax - logDrop) {
                    break;
                }
                start = end;
                slopeStart = slopeEnd;
                h = Math.min(2 * h, maxWidth);
            }
        }
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            top = Math.max(top, logWeight[i]);
        }
        double sum = 0;
        java.util.Arrays.fill(averages, 0, k, 0.0);
        for (int i = 0; i < n; i++) {
            double w = Math.exp(logWeight[i] - top);
            sum += w;
            for (int j = 0; j < k; j++) {
                averages[j] += w * values[i * k + j];
            }
        }
        for (int j = 0; j < k; j++) {
            averages[j] /= sum;
        }
        return (top + Math.log(sum) - LOG_SQRT_2PI) / x;
    }

    private void add(double lw) {
        calls++;
        if (n == logWeight.length) {
            logWeight = java.util.Arrays.copyOf(logWeight, 2 * n);
            values = java.util.Arrays.copyOf(values, 2 * n * k);
        }
        logWeight[n] = lw;
        System.arraycopy(out, 0, values, n * k, k);
        n++;
    }
}
