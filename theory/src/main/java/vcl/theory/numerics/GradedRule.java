package vcl.theory.numerics;

import java.util.ArrayList;
import java.util.List;

/**
 * Composite Gauss-Legendre rules whose panels grow geometrically away from a point where the
 * integrand has a sharp feature (a smoothed step, a narrow peak, a kink of width {@code h}).
 *
 * <p>Panels on each side of the centre {@code c} are {@code [c, c+h], [c+h, c+3h], [c+3h, c+7h], …}
 * (widths h, 2h, 4h, …) until the bound is reached; each panel carries an {@code order}-point
 * Gauss-Legendre rule. A feature of width h at c and a smooth tail of width O(1) are then both
 * resolved with O(order · log(range/h)) nodes. Accuracy is checked by doubling {@code order}.
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
        if (!(upper > lower) || !(width > 0) || order < 1) {
            throw new IllegalArgumentException("need lower < upper, width > 0, order >= 1");
        }
        double c = Math.min(upper, Math.max(lower, center));
        QuadratureRule gl = GaussLegendre.rule(order);
        List<double[]> panels = new ArrayList<>();
        for (int side = -1; side <= 1; side += 2) {
            double bound = side < 0 ? lower : upper;
            double start = c;
            double h = width;
            while (side * (bound - start) > 0) {
                double end = start + side * h;
                if (side * (end - bound) > 0 || side * (bound - end) < 0.5 * h) {
                    end = bound;
                }
                panels.add(new double[] {Math.min(start, end), Math.max(start, end)});
                start = end;
                h = Math.min(2 * h, Math.max(maxWidth, width));
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
     * {@code |z| ≤ zMax} and graded around {@code center} (panels at most {@code maxWidth} wide); the weights include the density.
     * The truncation error is below {@code 2H(zMax)} times the size of f there
     * ({@code H(11) ≈ 2e-28}).
     */
    public static QuadratureRule gaussian(double center, double width, double maxWidth, double zMax, int order) {
        QuadratureRule r = interval(-zMax, zMax, center, Math.min(width, zMax), maxWidth, order);
        double[] x = r.nodes();
        double[] w = r.weights();
        for (int i = 0; i < x.length; i++) {
            w[i] *= GaussianTail.density(x[i]);
        }
        return new QuadratureRule(x, w);
    }
}
