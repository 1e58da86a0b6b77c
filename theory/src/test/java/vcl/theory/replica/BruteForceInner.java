package vcl.theory.replica;

import vcl.theory.numerics.GaussianTail;

/**
 * The inner average of the energetic term by a plain trapezoid rule in x (independent of the
 * graded rule of {@link InnerAverage}): {@code log K}, {@code ⟨M⟩} and {@code ⟨M²⟩} of
 * {@code Dx H(−(y + c x)/s)^β}, in log space relative to the largest node.
 */
final class BruteForceInner {

    final double logK;
    final double meanM;
    final double meanM2;

    /**
     * @param halfWidth the rule covers [−halfWidth, halfWidth]
     * @param n number of nodes
     * @param halveEnds whether the end nodes get half weight (the trapezoid rule proper)
     */
    BruteForceInner(double beta, double y, double c, double s, double halfWidth, int n, boolean halveEnds) {
        double step = 2 * halfWidth / (n - 1);
        double max = Double.NEGATIVE_INFINITY;
        double[] lw = new double[n];
        for (int i = 0; i < n; i++) {
            double x = -halfWidth + i * step;
            lw[i] = -0.5 * x * x + beta * GaussianTail.logH(-(y + c * x) / s);
            max = Math.max(max, lw[i]);
        }
        double sw = 0;
        double sm = 0;
        double sm2 = 0;
        for (int i = 0; i < n; i++) {
            double x = -halfWidth + i * step;
            double w = Math.exp(lw[i] - max) * (halveEnds && (i == 0 || i == n - 1) ? 0.5 : 1);
            double m = GaussianTail.mills(-(y + c * x) / s);
            sw += w;
            sm += w * m;
            sm2 += w * m * m;
        }
        logK = max + Math.log(sw * step / Math.sqrt(2 * Math.PI));
        meanM = sm / sw;
        meanM2 = sm2 / sw;
    }
}
