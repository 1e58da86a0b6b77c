package vcl.theory.phase;

import vcl.theory.replica.OrderParameters;
import vcl.theory.task1.Task1Solution;

/**
 * Unconstrained coordinates of a task-1 saddle point and its load:
 * {@code y = (logit q*, logit(q/q*), atanh(r/√q), log α)}, so that every y is a physical point
 * {@code 0 < r² < q < q* < 1}, α > 0 (r ≥ 0 on the branches of interest, but negative r is allowed).
 */
final class Chart {

    static final int DIMENSION = 4;

    private Chart() {
    }

    /** The coordinates of a solution. */
    static double[] of(Task1Solution s) {
        return of(s.orderParameters(), s.alpha());
    }

    static double[] of(OrderParameters op, double alpha) {
        double ratio = op.r() / Math.sqrt(op.q());
        return new double[] {logit(op.qStar()), logit(op.q() / op.qStar()), 0.5 * Math.log((1 + ratio) / (1 - ratio)),
            Math.log(alpha)};
    }

    /**
     * The first three coordinates of {@link #of} computed from the gaps {@code 1 − q*}, {@code q* − q}
     * and {@code q − r²} (no ratio rounded near 1):
     * {@code (log q* − log(1 − q*), log q − log(q* − q), atanh(r/√q))}, with
     * {@code 1 − r/√q = (q − r²)/(√q(√q + r))}.
     */
    static double[] fromGaps(OrderParameters op) {
        double q = op.q();
        double r = op.r();
        double qs = op.qStar();
        double sq = Math.sqrt(q);
        double oneMinusRho = (q - r * r) / (sq * (sq + r));
        double rho = r / sq;
        return new double[] {Math.log(qs) - Math.log1p(-qs), Math.log(q) - Math.log(qs - q),
            0.5 * (Math.log1p(rho) - Math.log(oneMinusRho))};
    }

    /** The order parameters at coordinates y. */
    static OrderParameters point(double[] y) {
        double qStar = sigma(y[0]);
        double q = qStar * sigma(y[1]);
        return new OrderParameters(q, Math.sqrt(q) * Math.tanh(y[2]), qStar);
    }

    static double sigma(double t) {
        return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
    }

    static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
