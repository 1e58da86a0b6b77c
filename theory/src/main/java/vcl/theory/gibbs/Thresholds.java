package vcl.theory.gibbs;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import vcl.theory.numerics.FalsePosition;

/**
 * The two thresholds of Gibbs learning of the binary perceptron at one temperature, on the poor
 * branch parametrised by its teacher overlap ({@link OverlapChart}):
 * <ul>
 *   <li>the spinodal α_sp, the maximum of α(r) (Brent's method in r to 1e-10): the poor branch ends
 *       there (at zero temperature the algorithmic threshold α_alg of the Bayes-optimal problem,
 *       where the poor fixed point of the state evolution disappears);</li>
 *   <li>the first-order transition α_t, where the poor branch's free entropy Φ(r) crosses that of the
 *       perfect state, 0 (false position in r to 1e-12): at zero temperature the entropy of the
 *       version space vanishes (Györgyi's transition) and, the Gibbs posterior being the Bayes
 *       posterior, the information-theoretic threshold α_IT.</li>
 * </ul>
 * The search starts from the poor branch of a fixed-point continuation ({@link GibbsSweep#poorBranch}).
 */
public final class Thresholds {

    /**
     * @param spinodal the poor branch's end (the fold)
     * @param transition the poor-branch point with Φ = 0, empty if the branch ends with Φ > 0
     */
    public record Result(OverlapChart.Point spinodal, Optional<OverlapChart.Point> transition) {
    }

    private final OverlapChart chart;

    public Thresholds(GibbsSolver solver) {
        this.chart = new OverlapChart(solver);
    }

    /**
     * From the poor branch of a continuation (ascending α; its last point within a small step of
     * the fold).
     *
     * @throws IllegalStateException if Newton cannot follow the curve around the fold
     */
    public Result locate(List<GibbsSolution> poor) {
        if (poor.size() < 2) {
            throw new IllegalArgumentException("need at least two points of the poor branch");
        }
        GibbsSolution end = poor.get(poor.size() - 1);
        // the last solution found: (q, α, r); a guess at another r keeps q/r
        double[] last = {end.q(), end.alpha(), end.r()};
        double rEnd = end.r();
        double lo = Math.max(1e-3, rEnd - 0.02);
        double hi = Math.min(0.999, rEnd + 0.15);
        UnivariateObjectiveFunction alphaOfR = new UnivariateObjectiveFunction(r -> {
            OverlapChart.Point p = chart.at(r, last[0] * r / last[2], last[1])
                    .orElseThrow(() -> new IllegalStateException("no saddle point at r = " + r + " near the fold"));
            last[0] = p.q();
            last[1] = p.alpha();
            last[2] = r;
            return p.alpha();
        });
        UnivariatePointValuePair top = new BrentOptimizer(1e-12, 1e-12).optimize(new MaxEval(200), alphaOfR,
                GoalType.MAXIMIZE, new SearchInterval(lo, hi, rEnd));
        OverlapChart.Point spinodal = chart.at(top.getPoint(), last[0] * top.getPoint() / last[2], last[1])
                .orElseThrow(() -> new IllegalStateException("no saddle point at the fold"));
        if (spinodal.phi() >= 0) {
            return new Result(spinodal, Optional.empty());
        }
        GibbsSolution positive = null;
        for (GibbsSolution s : poor) {
            if (s.phi() > 0) {
                positive = s;
            }
        }
        if (positive == null) {
            throw new IllegalStateException("the poor branch has no point with positive free entropy");
        }
        double[] guess = {positive.q(), positive.alpha(), positive.r()};
        OverlapChart.Point[] found = new OverlapChart.Point[1];
        Optional<Double> rT = FalsePosition.illinois(positive.r(), -positive.phi(), spinodal.r(), -spinodal.phi(),
                1e-13, 200, r -> {
                    Optional<OverlapChart.Point> p = chart.at(r, guess[0] * r / guess[2], guess[1]);
                    if (p.isEmpty()) {
                        return OptionalDouble.empty();
                    }
                    found[0] = p.get();
                    guess[0] = p.get().q();
                    guess[1] = p.get().alpha();
                    guess[2] = r;
                    return OptionalDouble.of(-p.get().phi());
                });
        if (rT.isEmpty()) {
            throw new IllegalStateException("Newton lost the poor branch between r = " + positive.r() + " and "
                    + spinodal.r());
        }
        OverlapChart.Point t = chart.at(rT.get(), found[0].q() * rT.get() / found[0].r(), found[0].alpha())
                .orElseThrow(() -> new IllegalStateException("no saddle point at the transition"));
        return new Result(spinodal, Optional.of(t));
    }
}
