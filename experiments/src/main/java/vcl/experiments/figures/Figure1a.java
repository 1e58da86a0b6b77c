package vcl.experiments.figures;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import vcl.plots.AxisSpec;
import vcl.plots.FigureSpec;
import vcl.plots.LineSeries;
import vcl.plots.LineStyle;
import vcl.plots.PanelSpec;
import vcl.plots.Palette;
import vcl.plots.Series;
import vcl.sim.run.EpochRecord;
import vcl.sim.run.Task1Config;
import vcl.sim.run.Task1Sweep;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * Figure 1a: generalization error of task 1 against training epoch for α ∈ {0.5, 1, 1.5, 2}
 * (momentum SGD, the figure-1a protocol), mean over seeds with a min–max band, and the replica
 * prediction at β = 20 (stable branch) as dashed horizontal lines.
 */
final class Figure1a extends PaperFigure {

    private static final double[] ALPHAS = {0.5, 1.0, 1.5, 2.0};

    Figure1a() {
        super("1a",
                "task-1 generalization error vs epoch, SGD (alpha 0.5, 1, 1.5, 2) with the beta = 20 theory",
                "quick: N = 1000, 8 seeds, 300 epochs; paper: N = 1000, 20 seeds, 500 epochs (momentum 0.9, lr 0.03)");
    }

    @Override
    public FigureResult build(Preset preset, FigureContext context) {
        int n = preset.pick(200, 1000, 1000);
        int seeds = preset.pick(2, 8, 20);
        int epochs = preset.pick(20, 300, 500);
        int every = 5;
        Task1Config template = Task1Config.figure1a(n, ALPHAS[0], epochs, every);
        List<Task1Sweep.Run> runs = context.task1Runs("figure 1a SGD", template, ALPHAS, seeds);
        Task1Solver solver = new Task1Solver(20);
        FigureData data = new FigureData();
        List<Series> series = new ArrayList<>();
        double[] theory = new double[ALPHAS.length];
        double[] last = new double[ALPHAS.length];
        for (int a = 0; a < ALPHAS.length; a++) {
            double alpha = ALPHAS[a];
            List<List<EpochRecord>> traj = runs.stream().filter(r -> r.alpha() == alpha)
                    .map(r -> r.result().trajectory()).toList();
            TrajectoryStats eps = TrajectoryStats.of(traj, EpochRecord::epsG1, 0);
            Color c = Palette.color(a);
            String label = "α = " + alpha;
            series.add(data.band("a", label + " min–max", eps.epoch(), eps.min(), eps.max()).withColor(c));
            series.add(data.line("a", label, eps.epoch(), eps.mean()).withColor(c));
            Task1Solution th = stableTheory(solver, alpha);
            theory[a] = th.epsG();
            last[a] = eps.lastMean();
            LineSeries line = data.line("a", "theory, β = 20, α = " + alpha, new double[] {0, epochs},
                    new double[] {th.epsG(), th.epsG()});
            series.add(new LineSeries("", line.x(), line.y(), LineStyle.DASHED, c));
        }
        // the theory belongs to every α: its legend key is neutral, each dashed line wears its α's colour
        series.add(LineSeries.keyOnly("theory, β = 20", LineStyle.DASHED, Palette.BLACK, 0, theory[0]));
        Agreement agreement = agreement(theory, last, seeds, context);
        // a margin below 0 so that ε ≈ 0 (α = 2) is drawn above the axis, not on it
        PanelSpec panel = PanelSpec.of(AxisSpec.linear("epoch").range(0, epochs), AxisSpec.linear("ε_g").range(-0.01, 0.52),
                series.toArray(new Series[0]))
                .withCaption("mean over " + seeds + " seeds, band min–max; dashed: replica theory (β = 20, stable "
                        + "branch), colour of its α")
                .withCaption(agreement.caption("α", "(last epoch)"));
        Map<String, Object> params = trajectoryParameters(n, ALPHAS, seeds, epochs, every,
                "SGD momentum 0.9, lr 0.03, batch max(ceil(P/20), 10), fixed order");
        params.put("batch", java.util.Arrays.stream(ALPHAS)
                .mapToInt(a -> template.training().batchSizeFor(Task1Config.figure1a(n, a, epochs, every).examples()))
                .toArray());
        params.put("run_seeds", vcl.sim.run.RandomStreams.runSeeds(context.masterSeed(), seeds));
        params.put("beta_field", 1.0);
        params.put("theory_beta", 20.0);
        params.put("theory_eps_g", theory);
        params.put("sgd_final_mean_eps_g", last);
        String title = "Fig. 1a" + preset.label() + ": SGD, N = " + n + ", " + seeds + " seeds";
        return new FigureResult(FigureSpec.of(panel).withTitle(title), data, params,
                OptionalDouble.of(Stats.meanAbsDifference(theory, last)), java.util.Optional.of(agreement));
    }

    /** The last-epoch seed means against the theory at each α, with the branch-based reason where one applies. */
    private static Agreement agreement(double[] theory, double[] last, int seeds, FigureContext context) {
        TheoryCurves branches = TheoryCurves.task1(ALPHAS, 20, context);
        List<Agreement.Point> points = new ArrayList<>();
        for (int a = 0; a < ALPHAS.length; a++) {
            points.add(new Agreement.Point("", ALPHAS[a], last[a], theory[a],
                    Math.abs(last[a] - theory[a]) > Agreement.TOLERANCE ? branches.reasonAt(ALPHAS[a], last[a]) : ""));
        }
        return new Agreement("eps_g", points);
    }

    /** The theory's stable solution at α (continued from small α, compared with the good branch). */
    static Task1Solution stableTheory(Task1Solver solver, double alpha) {
        List<Task1Solution> rows = new vcl.theory.task1.Task1Sweep(solver).sweep(new double[] {alpha}, null);
        return rows.stream().filter(s -> s.branch().stable()).findFirst().orElseThrow();
    }
}
