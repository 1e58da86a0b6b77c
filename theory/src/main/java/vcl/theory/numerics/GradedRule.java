package vcl.theory.numerics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Composite Gauss-Legendre rules whose panels grow geometrically away from a point where the
 * integrand has a sharp feature (a smoothed step, a narrow peak, a kink of width {@code h}), but
 * never beyond a local width limit.
 *
 * <p>Panels on each side of the centre {@code c} start with width {@code h} and double, each capped
 * by {@code maxWidth(x)} at the panel's inner end; each panel carries an {@code order}-point
 * Gauss-Legendre rule. The cap keeps the change of the log-integrand over a panel to a few units:
 * an order-8 rule then integrates {@code e^{−Δ·t}} over the panel to ~1e-13 relative for Δ ≤ 4
 * (the error grows like {@code (Δ/2)^{2n}}). A feature of width h at c and a smooth tail of width
 * O(1) are both resolved with O(order · log(range/h)) nodes; accuracy is checked by refining.
 */
public final class GradedRule {

    private GradedRule() {
    }

    /**
     * Rule for {@code ∫_lower^upper f(x) dx} graded around {@code center} with first panel width
     * {@code width}, panel widths doubling up to {@code maxWidth}. The centre is clipped into the
     * interval.
     */
    public static QuadratureRule interval(double lower, double upper, double center, double width,
            double maxWidth, int order) {
        return interval(lower, upper, center, width, x -> maxWidth, order);
    }

    /** As {@link #interval(double, double, double, double, double, int)} with a position-dependent cap. */
    public static QuadratureRule interval(double lower, double upper, double center, double width,
            DoubleUnaryOperator maxWidth, int order) {
        if (!(upper > lower) || !(width > 0) || order < 1) {
            throw new IllegalArgumentException("need lower < upper, width > 0, order >= 1");
        }
        double c = Math.min(upper, Math.max(lower, center));
        QuadratureRule gl = GaussLegendre.rule(order);
        List<double[]> panels = new ArrayList<>();
        for (int side = -1; side <= 1; side += 2) {
            double bound = side < 0 ? lower : upper;
            double start = c;
            double h = Math.min(width, maxWidth.applyAsDouble(c));
            while (side * (bound - start) > 0) {
                double end = start + side * h;
                if (side * (end - bound) > 0 || side * (bound - end) < 0.5 * h) {
                    end = bound;
                }
                panels.add(new double[] {Math.min(start, end), Math.max(start, end)});
                start = end;
                h = Math.min(2 * h, Math.max(maxWidth.applyAsDouble(start), width));
            }
        }
        double[] x = new double[panels.size() * order];
        double[] w = new double[x.length];
        int k = 0;
        for (double[] p : panels) {
            double mid = 0.5 * (p[0] + p[1]);
            double half = 0.5 * (p[1] - p[0]);
            for (int i = 0; i < order; i++) {
                x[k] = mid + half * gl.node(i);
                w[k] = half * gl.weight(i);
                k++;
            }
        }
        return new QuadratureRule(x, w);
    }

    /**
     * Rule for the Gaussian expectation {@code E_z[f(z)]}, z ~ N(0,1), truncated to
     * {@code |z| ≤ zMax} and graded around {@code center}; panels are at most {@code maxWidth} wide
     * and so narrow that the Gaussian weight's exponent changes by at most {@code panelDrop} across
     * one (width {@code √(z² + 2·panelDrop) − |z|} from the inner end z).
     * The weights include the density. Truncation error: below {@code 2H(zMax)} times the size of
     * f there ({@code H(9) ≈ 1e-19}).
     */
    public static QuadratureRule gaussian(double center, double width, double maxWidth, double panelDrop,
            double zMax, int order) {
        // a panel [z, z + h] (|z| its inner end) changes the exponent z²/2 by z·h + h²/2 ≤ panelDrop
        QuadratureRule r = interval(-zMax, zMax, center, Math.min(width, zMax),
                z -> Math.min(maxWidth, Math.sqrt(z * z + 2 * panelDrop) - Math.abs(z)), order);
        double[] x = r.nodes();
        double[] w = r.weights();
        for (int i = 0; i < x.length; i++) {
            w[i] *= GaussianTail.density(x[i]);
        }
        return new QuadratureRule(x, w);
    }
}
