package vcl.theory.rsb;

/**
 * A vector function of one variable tabulated on panels graded around a centre (first width
 * {@code width}, doubling up to {@code maxWidth}) over [lo, hi], each panel holding the function at the
 * {@code degree + 1} Chebyshev-Lobatto points, and evaluated anywhere in [lo, hi] by barycentric
 * interpolation (error of a degree-{@code degree} Chebyshev interpolant: for a function analytic in the
 * ellipse of parameter ρ about a panel, of order ρ^{−degree}). Immutable once built.
 */
final class PanelTable {

    /** The tabulated function: writes its k values at y into out. */
    interface Function {
        void at(double y, double[] out);
    }

    private final int k;
    private final int degree;
    private final double[] ends;
    private final double[] values;
    private final double[] nodes;
    private final double[] bary;

    private PanelTable(int k, int degree, double[] ends, double[] values, double[] nodes, double[] bary) {
        this.k = k;
        this.degree = degree;
        this.ends = ends;
        this.values = values;
        this.nodes = nodes;
        this.bary = bary;
    }

    static PanelTable build(double lo, double hi, double center, double width, double maxWidth, int degree, int k,
            Function f) {
        if (!(hi > lo) || !(width > 0) || !(maxWidth >= width)) {
            throw new IllegalArgumentException("bad table: [" + lo + ", " + hi + "], width " + width);
        }
        double c = Math.max(lo, Math.min(hi, center));
        java.util.ArrayList<Double> left = new java.util.ArrayList<>();
        java.util.ArrayList<Double> right = new java.util.ArrayList<>();
        for (double y = c, h = width; y > lo; h = Math.min(2 * h, maxWidth)) {
            y = y - h < lo + 0.25 * h ? lo : y - h;
            left.add(y);
        }
        for (double y = c, h = width; y < hi; h = Math.min(2 * h, maxWidth)) {
            y = y + h > hi - 0.25 * h ? hi : y + h;
            right.add(y);
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
        double[] nodes = new double[degree + 1];
        double[] bary = new double[degree + 1];
        for (int j = 0; j <= degree; j++) {
            nodes[j] = Math.cos(Math.PI * j / degree);
            bary[j] = (j % 2 == 0 ? 1 : -1) * (j == 0 || j == degree ? 0.5 : 1);
        }
        int panels = ends.length - 1;
        double[] values = new double[panels * (degree + 1) * k];
        double[] out = new double[k];
        for (int q = 0; q < panels; q++) {
            double mid = 0.5 * (ends[q] + ends[q + 1]);
            double half = 0.5 * (ends[q + 1] - ends[q]);
            for (int j = 0; j <= degree; j++) {
                f.at(mid + half * nodes[j], out);
                System.arraycopy(out, 0, values, (q * (degree + 1) + j) * k, k);
            }
        }
        return new PanelTable(k, degree, ends, values, nodes, bary);
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

    /** The k values at y in [lower, upper] into out. */
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
        int base = lo * (degree + 1) * k;
        double den = 0;
        java.util.Arrays.fill(out, 0, k, 0.0);
        for (int j = 0; j <= degree; j++) {
            double d = t - nodes[j];
            if (d == 0) {
                System.arraycopy(values, base + j * k, out, 0, k);
                return;
            }
            double w = bary[j] / d;
            den += w;
            for (int i = 0; i < k; i++) {
                out[i] += w * values[base + j * k + i];
            }
        }
        for (int i = 0; i < k; i++) {
            out[i] /= den;
        }
    }
}
