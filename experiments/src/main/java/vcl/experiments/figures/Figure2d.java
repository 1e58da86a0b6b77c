package vcl.experiments.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import vcl.plots.AxisSpec;
import vcl.plots.FigureSpec;
import vcl.plots.PanelSpec;
import vcl.plots.Palette;
import vcl.sim.perceptron.SelfOverlapSchedule;
import vcl.sim.run.SgdConfig;
import vcl.sim.optim.OptimizerSpec;
import vcl.sim.run.Task1Config;
import vcl.sim.run.Task1Sweep;
import vcl.theory.prior.Priors;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * Figure 2d: generalization error against the self overlap q* at α = 2: the replica theory with q*
 * held fixed (β = 5), and SGD trajectories (q*(t), ε(t)), free and "slow" (q* projected after each
 * step onto the ramp 0.3 + 0.7·t/T), averaged over seeds at each recorded epoch.
 */
final class Figure2d extends PaperFigure {

    /**
     * End of the slow-SGD ramp. The paper's ramp 0.3 + 0.7·t/T reaches q* = 1, where every σ_i = 0 and
     * the Gaussian-field loss is singular (its gradient scales as S^{-3/2}); we follow the same slope
     * and hold q* at 0.99 once it is reached.
     */
    static final double RAMP_END = 0.99;

    Figure2d() {
        super("2d",
                "eps vs q* at alpha = 2: fixed-q* theory (beta = 5) and free / slow SGD trajectories",
                "quick: N = 500, 3 seeds, 600 epochs (slow ramp over 450); paper: N = 1000, 20 seeds, 4000 epochs "
                + "(ramp over 3000), batch 32, momentum SGD lr 1e-3");
    }

    @Override
    public FigureResult build(Preset preset, FigureContext context) {
        int n = preset.pick(100, 500, 1000);
        int seeds = preset.pick(2, 3, 20);
        int epochs = preset.pick(40, 600, 4000);
        double ramp = preset.pick(30, 450, 3000);
        int every = preset.pick(5, 5, 20);
        double alpha = 2.0;
        SgdConfig sgd = new SgdConfig(OptimizerSpec.momentum(1e-3, 0.9), 32, epochs, false, every, false);
        Task1Config free = new Task1Config(n, alpha, 1.0, sgd, 0, null, 2000);
        Task1Config slow = new Task1Config(n, alpha, 1.0, sgd, 0, new SelfOverlapSchedule(0.3, RAMP_END, ramp * (RAMP_END - 0.3) / 0.7), 2000);
        List<Task1Sweep.Run> freeRuns = context.task1Runs("figure 2d SGD", free, new double[] {alpha}, seeds);
        List<Task1Sweep.Run> slowRuns = context.task1Runs("figure 2d slow SGD", slow, new double[] {alpha}, seeds);
        double[] qGrid = TheoryCurves.range(0.75, 0.99, preset.pick(0.08, 0.02, 0.01));
        double beta = 5;
        List<Double> qs = new ArrayList<>();
        List<Double> eps = new ArrayList<>();
        OrderParameters guess = null;
        for (double q : qGrid) {
            Task1Solver solver = new Task1Solver(beta, Priors.FLAT.measure(beta), q, QuadratureSettings.DEFAULT, 1e-10, 500, true);
            OrderParameters start = guess != null && guess.q() < q ? new OrderParameters(guess.q(), guess.r(), q)
                    : solver.smallAlphaGuess(alpha);
            Task1Solution s = solver.solve(alpha, start);
            if (!s.converged()) {
                s = solver.solve(alpha, solver.smallAlphaGuess(alpha));
            }
            if (s.converged()) {
                qs.add(q);
                eps.add(s.epsG());
                guess = s.orderParameters();
            }
        }
        FigureData data = new FigureData();
        PanelSpec panel = PanelSpec.of(AxisSpec.linear("q^*").range(0.3, 1.0), AxisSpec.linear("ε_g").range(-0.01, 0.5),
                data.line("a", "theory, q* fixed (β = 5)", qs.stream().mapToDouble(Double::doubleValue).toArray(),
                        eps.stream().mapToDouble(Double::doubleValue).toArray()).withColor(Palette.BLACK),
                trajectory(data, "SGD", freeRuns).withColor(Palette.VERMILLION),
                trajectory(data, "slow SGD", slowRuns).withColor(Palette.BLUE).withMarker(Palette.marker(1)))
                .withCaption("symbols: (q*, ε) of SGD at each recorded epoch, mean over " + seeds + " seeds; "
                        + "slow SGD: q* projected onto a ramp");
        if (preset != Preset.paper) {
            panel = panel.withCaption(preset + " preset: N = " + n + ", " + seeds + " seeds, " + epochs + " epochs (paper: "
                    + "1000, 20, 4000): SGD does not reach the equilibrium of the fixed-q* theory");
        }
        Map<String, Object> params = trajectoryParameters(n, alpha, seeds, epochs, every,
                "momentum SGD 0.9, lr 1e-3, batch 32, fixed order");
        params.put("slow_sgd_schedule", "q*(t) = min(0.3 + 0.7 t/" + ramp + ", " + RAMP_END + ")");
        params.put("theory_beta", beta);
        params.put("theory_qstar", qs);
        params.put("theory_qstar_failed", qGrid.length - qs.size());
        String title = "Fig. 2d" + preset.label() + ": α = 2, N = " + n + ", " + seeds + " seeds";
        return new FigureResult(FigureSpec.of(panel).withTitle(title), data, params, OptionalDouble.empty());
    }

    /** Seed-averaged (q*(t), ε(t)) at each recorded epoch, as connected points. */
    private static vcl.plots.PointSeries trajectory(FigureData data, String name, List<Task1Sweep.Run> runs) {
        int points = runs.get(0).result().trajectory().size();
        double[] q = new double[points];
        double[] e = new double[points];
        for (int t = 0; t < points; t++) {
            int tt = t;
            q[t] = Stats.compensatedMean(runs.stream().mapToDouble(r -> r.result().trajectory().get(tt).selfOverlap()).toArray());
            e[t] = Stats.compensatedMean(runs.stream().mapToDouble(r -> r.result().trajectory().get(tt).epsG1()).toArray());
        }
        return data.points("a", name, q, e).connected();
    }

}
