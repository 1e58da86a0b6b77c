package vcl.theory.stability;

import vcl.theory.numerics.GaussLegendre;
import vcl.theory.numerics.GaussianTail;
import vcl.theory.numerics.GradedRule;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.replica.OrderParameters;

/**
 * The channel factor of the replicon,
 * <pre>  E_out = 2 ∫Dz H(−ωz) [∂²_y log K(y)]²,  y = √q z,  ω = r/√(q − r²),  </pre>
 * with {@code K(y) = ∫Dx H(u)^β}, {@code u = −(y + c x)/s}, {@code c = √(q*−q)}, {@code s = √(1−q*)}.
 * Writing M for the Mills ratio and ⟨·⟩ for the tilted average under {@code Dx H(u)^β/K},
 * {@code ∂_y log K = (β/s)⟨M⟩} and, with {@code M' = M(M − u)},
 * <pre>  ∂²_y log K = (β/s²)[(β − 1)⟨M²⟩ + ⟨M u⟩ − β⟨M⟩²].  </pre>
 * The x integral ({@link #tilted}) is done on Gauss-Legendre panels that start at the mode x₀ of
 * {@code −x²/2 + β log H(u)} with the width of its curvature and double outward until the
 * log-integrand has dropped by 45; the z integral on a graded Gaussian rule around 0.
 */
public final class ChannelCurvature {

    private static final QuadratureRule PANEL = GaussLegendre.rule(12);
    private static final double DROP = 45;
    private final double beta;

    public ChannelCurvature(double beta) {
        if (!(beta > 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("beta must be > 0, got " + beta);
        }
        this.beta = beta;
    }

    /** E_out at interior order parameters. */
    public double value(OrderParameters op) {
        if (!op.isInterior()) {
            throw new IllegalArgumentException("needs 0 <= r^2 < q < q* < 1: " + op);
        }
        double q = op.q();
        double s = Math.sqrt(1 - op.qStar());
        double c = Math.sqrt(op.qStar() - q);
        double omega = op.r() / Math.sqrt(q - op.r() * op.r());
        double width = Math.min(1.0, Math.min(1.0 / Math.max(Math.abs(omega), 1e-300), s / Math.sqrt(q)));
        QuadratureRule outer = GradedRule.gaussian(0.0, width, 0.5, 2.0, 9.0, 12);
        double sum = 0;
        for (int i = 0; i < outer.size(); i++) {
            double z = outer.node(i);
            double k2 = secondDerivative(Math.sqrt(q) * z, c, s);
            sum += 2 * outer.weight(i) * GaussianTail.value(-omega * z) * k2 * k2;
        }
        return sum;
    }

    /** {@code ∂²_y log K(y)} from the tilted moments. */
    public double secondDerivative(double y, double c, double s) {
        double[] t = tilted(y, c, s);
        return beta / (s * s) * ((beta - 1) * t[2] + t[3] - beta * t[1] * t[1]);
    }

    /**
     * {@code {log K, ⟨M⟩, ⟨M²⟩, ⟨M u⟩}} at y.
     */
    public double[] tilted(double y, double c, double s) {
        double x0 = mode(y, c, s);
        double phi0 = logIntegrand(x0, y, c, s);
        double u0 = -(y + c * x0) / s;
        double m0 = GaussianTail.mills(u0);
        double curvature = 1 + beta * (c / s) * (c / s) * m0 * (m0 - u0);
        double h0 = 1 / Math.sqrt(curvature);
        double[] acc = new double[4];
        for (int side = -1; side <= 1; side += 2) {
            double start = x0;
            double h = h0;
            for (int panel = 0; panel < 400; panel++) {
                double end = start + side * h;
                double mid = 0.5 * (start + end);
                for (int i = 0; i < PANEL.size(); i++) {
                    double x = mid + 0.5 * h * PANEL.node(i);
                    double u = -(y + c * x) / s;
                    double m = GaussianTail.mills(u);
                    double w = 0.5 * h * PANEL.weight(i) * Math.exp(logIntegrand(x, y, c, s) - phi0);
                    acc[0] += w;
                    acc[1] += w * m;
                    acc[2] += w * m * m;
                    acc[3] += w * m * u;
                }
                if (logIntegrand(end, y, c, s) < phi0 - DROP) {
                    break;
                }
                start = end;
                h = Math.min(2 * h, 0.5);
            }
        }
        return new double[] {phi0 + Math.log(acc[0]) - 0.5 * Math.log(2 * Math.PI), acc[1] / acc[0], acc[2] / acc[0],
            acc[3] / acc[0]};
    }

    private double logIntegrand(double x, double y, double c, double s) {
        return -0.5 * x * x + beta * GaussianTail.logH(-(y + c * x) / s);
    }

    /** The mode of the concave log-integrand: bisection on its derivative {@code −x + β(c/s)M(u)}. */
    private double mode(double y, double c, double s) {
        double lo = 0;
        double hi = beta * (c / s) * GaussianTail.mills(-y / s) + 1;
        for (int i = 0; i < 200 && hi - lo > 1e-13 * (1 + hi); i++) {
            double x = 0.5 * (lo + hi);
            if (-x + beta * (c / s) * GaussianTail.mills(-(y + c * x) / s) > 0) {
                lo = x;
            } else {
                hi = x;
            }
        }
        return 0.5 * (lo + hi);
    }
}
