package vcl.theory.potential;

import vcl.theory.numerics.GaussianTail;
import vcl.theory.numerics.GradedRule;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.replica.QuadratureSettings;

/**
 * Gaussian rules {@code E_g[f(g)]} for integrands with up to two sharp features (a smoothed step of
 * the teacher and the edge of the constrained replica's inner average): the line is cut midway
 * between the two centres and each piece is graded around its own centre
 * ({@link GradedRule#interval}), panels capped as in {@link GradedRule#gaussian}.
 */
final class GaussianPanels {

    private GaussianPanels() {
    }

    /** One feature at {@code center} of width {@code width}. */
    static QuadratureRule graded(double center, double width, QuadratureSettings settings) {
        return GradedRule.gaussian(center, clip(width), settings.maxPanelWidth(), settings.panelDrop(),
                settings.zMax(), settings.panelOrder());
    }

    /** Two features: at {@code c1} of width {@code w1} and at {@code c2} of width {@code w2}. */
    static QuadratureRule twoCentres(double c1, double w1, double c2, double w2, QuadratureSettings settings) {
        double zMax = settings.zMax();
        double a = Math.max(-zMax, Math.min(zMax, c1));
        double b = Math.max(-zMax, Math.min(zMax, c2));
        if (Math.abs(a - b) <= Math.max(w1, w2) || Math.abs(a) == zMax && a == b) {
            return graded(Math.abs(a - b) <= w1 ? a : b, Math.min(w1, w2), settings);
        }
        double lowC = Math.min(a, b);
        double highC = Math.max(a, b);
        double lowW = a < b ? w1 : w2;
        double highW = a < b ? w2 : w1;
        double mid = 0.5 * (lowC + highC);
        QuadratureRule left = piece(-zMax, mid, lowC, lowW, settings);
        QuadratureRule right = piece(mid, zMax, highC, highW, settings);
        double[] x = new double[left.size() + right.size()];
        double[] w = new double[x.length];
        for (int i = 0; i < left.size(); i++) {
            x[i] = left.node(i);
            w[i] = left.weight(i);
        }
        for (int i = 0; i < right.size(); i++) {
            x[left.size() + i] = right.node(i);
            w[left.size() + i] = right.weight(i);
        }
        return new QuadratureRule(x, w);
    }

    private static QuadratureRule piece(double lower, double upper, double center, double width,
            QuadratureSettings settings) {
        double drop = settings.panelDrop();
        double maxWidth = settings.maxPanelWidth();
        QuadratureRule r = GradedRule.interval(lower, upper, center, clip(width),
                g -> Math.min(maxWidth, Math.sqrt(g * g + 2 * drop) - Math.abs(g)), settings.panelOrder());
        double[] x = r.nodes();
        double[] w = r.weights();
        for (int i = 0; i < x.length; i++) {
            w[i] *= GaussianTail.density(x[i]);
        }
        return new QuadratureRule(x, w);
    }

    private static double clip(double width) {
        return Math.max(1e-9, Math.min(1.0, width));
    }
}
