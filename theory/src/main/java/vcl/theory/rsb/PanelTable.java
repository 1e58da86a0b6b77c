package vcl.theory.rsb;

import java.util.ArrayList;
import java.util.List;

/**
 * Four functions of one variable tabulated on panels graded around a centre over [lo, hi] and evaluated
 * anywhere in between as Chebyshev interpolants. Panels start {@code width} wide at the centre and double
 * outward, up to {@code max(maxWidth, growth·|y − centre|)} (functions that vary on the scale of their
 * distance from the centre far from it, like 1/y, keep their accuracy on panels of a fixed relative
 * width). On each panel the functions are sampled at the {@code degree + 1} Chebyshev-Lobatto points
 * and stored as the coefficients of their Chebyshev interpolants, evaluated by Clenshaw's recurrence
 * (error of order ρ^{−degree} for a function analytic in the ellipse of parameter ρ about a panel).
 * Immutable once built.
 */
final class PanelTable {

    /** The tabulated functions: writes their four values at y into out[0..3]. */
    interface Function {
        void at(double y, double[] out);
    }

    /** Number of functions tabulated. */
    static final int FUNCTIONS = 4;
    private final int degree;
    private final double[] ends;
    /** Per panel p and order k, the four coefficients at ((p (degree + 1) + k) · 4 + i). */
    private final double[] coefficients;

    private PanelTable(int degree, double[] ends, double[] coefficients) {
        this.degree = degree;
        this.ends = ends;
        this.coefficients = coefficients;
    }

    static PanelTable build(double lo, double hi, double center, double width, double maxWidth, double growth,
            int degree, Function f) {
        if (!(hi > lo) || !(width > 0) || !(maxWidth >= width) || degree < 2) {
            throw new IllegalArgumentException("bad table: [" + lo + ", " + hi + "], width " + width);
        }
        double c = Math.max(lo, Math.min(hi, center));
        List<Double> left = new ArrayList<>();
        List<Double> right = new ArrayList<>();
        for (double y = c, h = width; y > lo; ) {
            y = y - h < lo + 0.25 * h ? lo : y - h;
            left.add(y);
            h = Math.min(2 * h, Math.max(maxWidth, growth * (c - y)));
        }
        for (double y = c, h = width; y < hi; ) {
            y = y + h > hi - 0.25 * h ? hi : y + h;
            right.add(y);
            h = Math.min(2 * h, Math.max(maxWidth, growth * (y - c)));
        }
        double[] ends = new double[left.size() + right.size() + 1];
        int p = 0;
        for (int i = left.size() - 1; i >= 0; i--) {
            ends[p++] = left.get(i);
        }
        ends[p++] = c;
        for (double y : right) {
            ends[p++] = y;
        }
        int n = degree + 1;
        double[] nodes = new double[n];
        for (int j = 0; j < n; j++) {
            nodes[j] = Math.cos(Math.PI * j / degree);
        }
        double[][] cosines = new double[n][n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                cosines[k][j] = Math.cos(Math.PI * j * k / degree);
            }
        }
        int panels = ends.length - 1;
        double[] coefficients = new double[panels * n * FUNCTIONS];
        double[] out = new double[FUNCTIONS];
        double[] values = new double[n * FUNCTIONS];
        for (int q = 0; q < panels; q++) {
            double mid = 0.5 * (ends[q] + ends[q + 1]);
            double half = 0.5 * (ends[q + 1] - ends[q]);
            for (int j = 0; j < n; j++) {
                f.at(mid + half * nodes[j], out);
                System.arraycopy(out, 0, values, j * FUNCTIONS, FUNCTIONS);
            }
            // a_k = (2/D) Σ''_j f_j cos(π j k/D), the first and last terms halved, and a_0, a_D halved again
            for (int k = 0; k < n; k++) {
                for (int i = 0; i < FUNCTIONS; i++) {
                    double sum = 0;
                    for (int j = 0; j < n; j++) {
                        double w = j == 0 || j == degree ? 0.5 : 1.0;
                        sum += w * values[j * FUNCTIONS + i] * cosines[k][j];
                    }
                    double a = 2.0 / degree * sum;
                    coefficients[(q * n + k) * FUNCTIONS + i] = k == 0 || k == degree ? 0.5 * a : a;
                }
            }
        }
        return new PanelTable(degree, ends, coefficients);
    }

    double lower() {
        return ends[0];
    }

    double upper() {
        return ends[ends.length - 1];
    }

    int panels() {
        return ends.length - 1;
    }

    /** The four values at y in [lower, upper] into out[0..3]. */
    void at(double y, double[] out) {
        int lo = 0;
        int hi = ends.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (ends[mid] <= y) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        double a = ends[lo];
        double b = ends[lo + 1];
        double t = (2 * y - a - b) / (b - a);
        double t2 = 2 * t;
        int base = lo * (degree + 1) * FUNCTIONS;
        double b10 = 0;
        double b11 = 0;
        double b12 = 0;
        double b13 = 0;
        double b20 = 0;
        double b21 = 0;
        double b22 = 0;
        double b23 = 0;
        for (int k = degree; k >= 1; k--) {
            int o = base + k * FUNCTIONS;
            double n0 = Math.fma(t2, b10, coefficients[o] - b20);
            double n1 = Math.fma(t2, b11, coefficients[o + 1] - b21);
            double n2 = Math.fma(t2, b12, coefficients[o + 2] - b22);
            double n3 = Math.fma(t2, b13, coefficients[o + 3] - b23);
            b20 = b10;
            b21 = b11;
            b22 = b12;
            b23 = b13;
            b10 = n0;
            b11 = n1;
            b12 = n2;
            b13 = n3;
        }
        out[0] = Math.fma(t, b10, coefficients[base] - b20);
        out[1] = Math.fma(t, b11, coefficients[base + 1] - b21);
        out[2] = Math.fma(t, b12, coefficients[base + 2] - b22);
        out[3] = Math.fma(t, b13, coefficients[base + 3] - b23);
    }
}
