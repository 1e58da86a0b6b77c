package vcl.theory.gibbs;

import java.util.Optional;
import vcl.theory.numerics.NumericalLimitException;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.ReplicaModel;

/**
 * Saddle points of Gibbs learning at a prescribed teacher overlap r, with the load α as the second
 * unknown: Newton's method on {@code (q, α)} for the two fixed-point equations
 * {@code E tanh² b = q}, {@code E tanh b = r} of {@link GibbsSolver#model} (forward-difference
 * Jacobian, steps halved until the residual falls and the point stays in {@code r² < q < 1, α > 0}).
 * Along r the poor branch and the unstable middle solutions form one curve α(r), single valued
 * through the fold: its maximum is the spinodal. No critical slowing down, unlike the fixed-point
 * iteration near the fold.
 */
public final class OverlapChart {

    /** A saddle point found at a prescribed r, with its free entropy. */
    public record Point(double alpha, double q, double r, double phi) {

        public Point {
            if (!(alpha > 0 && Double.isFinite(alpha) && r * r < q && q < 1 && Double.isFinite(phi))) {
                throw new IllegalArgumentException("not a saddle point: alpha=" + alpha + " q=" + q + " r=" + r
                        + " phi=" + phi);
            }
        }
    }

    private static final int MAX_NEWTON = 40;
    private static final double RESIDUAL = 1e-13;
    private final GibbsSolver solver;

    public OverlapChart(GibbsSolver solver) {
        this.solver = solver;
    }

    /** The saddle point at overlap r ∈ (0, 1), from a guess (q, α) nearby; empty if Newton fails. */
    public Optional<Point> at(double r, double qGuess, double alphaGuess) {
        if (!(r > 0 && r < 1)) {
            throw new IllegalArgumentException("r must lie in (0, 1), got " + r);
        }
        // a guess outside r² < q < 1 is moved just inside
        double q = Math.min(Math.max(qGuess, r * r + 1e-3 * (1 - r * r)), 1 - 1e-6 * (1 - r * r));
        double alpha = alphaGuess;
        double[] f = residual(r, q, alpha);
        if (f == null) {
            return Optional.empty();
        }
        for (int it = 0; it < MAX_NEWTON; it++) {
            double norm = Math.max(Math.abs(f[0]), Math.abs(f[1]));
            if (norm < RESIDUAL) {
                return Optional.of(point(r, q, alpha));
            }
            double hq = 1e-7 * Math.min(q - r * r, 1 - q);
            double ha = 1e-7 * alpha;
            double[] fq = residual(r, q + hq, alpha);
            double[] fa = residual(r, q, alpha + ha);
            if (fq == null || fa == null) {
                return Optional.empty();
            }
            double j00 = (fq[0] - f[0]) / hq;
            double j10 = (fq[1] - f[1]) / hq;
            double j01 = (fa[0] - f[0]) / ha;
            double j11 = (fa[1] - f[1]) / ha;
            double det = j00 * j11 - j01 * j10;
            double dq = -(j11 * f[0] - j01 * f[1]) / det;
            double da = -(-j10 * f[0] + j00 * f[1]) / det;
            if (!Double.isFinite(dq) || !Double.isFinite(da)) {
                return Optional.empty();
            }
            boolean accepted = false;
            for (double t = 1; t > 1e-4 && !accepted; t *= 0.5) {
                double qn = q + t * dq;
                double an = alpha + t * da;
                double[] fn = qn > r * r && qn < 1 && an > 0 ? residual(r, qn, an) : null;
                if (fn != null && Math.max(Math.abs(fn[0]), Math.abs(fn[1])) < norm) {
                    q = qn;
                    alpha = an;
                    f = fn;
                    accepted = true;
                }
            }
            if (!accepted) {
                return norm < 100 * RESIDUAL ? Optional.of(point(r, q, alpha)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** {@code (T_q − q, T_r − r)} at (q, r, α), or null where the numerics cannot evaluate it. */
    private double[] residual(double r, double q, double alpha) {
        try {
            ReplicaModel.Evaluation ev = solver.model(alpha).evaluate(new OrderParameters(q, r, 1));
            double[] f = {ev.entropic().q() - q, ev.entropic().r() - r};
            return Double.isFinite(f[0]) && Double.isFinite(f[1]) ? f : null;
        } catch (NumericalLimitException | IllegalArgumentException outside) {
            return null;
        }
    }

    private Point point(double r, double q, double alpha) {
        ReplicaModel model = solver.model(alpha);
        return new Point(alpha, q, r, model.freeEntropy(model.evaluate(new OrderParameters(q, r, 1))));
    }
}
