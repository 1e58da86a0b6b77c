package vcl.theory.numerics;

/** TEMPORARY development stand-in (brute-force quadrature); replaced by the closed forms. */
public final class BoxIntegral {
    private static final QuadratureRule GL = GaussLegendre.rule(400);

    private BoxIntegral() {
    }

    public static SiteMoments value(double a, double b) {
        double max = Math.max(a + Math.abs(b), Math.max(0, -b * b / (4 * a)));
        if (a < 0 && Math.abs(b / (2 * a)) < 1) {
            max = -b * b / (4 * a);
        } else {
            max = Math.max(a + b, a - b);
            if (a < 0 && Math.abs(b / (2 * a)) < 1) {
                max = -b * b / (4 * a);
            }
        }
        double z0 = 0, z1 = 0, m2 = 0, pos = 0, neg = 0;
        for (int i = 0; i < GL.size(); i++) {
            double m = GL.node(i);
            double w = GL.weight(i) * Math.exp(a * m * m + b * m - max);
            z0 += w;
            z1 += w * m;
            m2 += w * m * m;
            if (m > 0) pos += w; else neg += w;
        }
        return new SiteMoments(max + Math.log(z0), z1 / z0, m2 / z0, (pos - neg) / z0);
    }
}
