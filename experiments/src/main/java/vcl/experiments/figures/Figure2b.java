package vcl.experiments.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import vcl.plots.AxisSpec;
import vcl.plots.FigureSpec;
import vcl.plots.PanelSpec;
import vcl.sim.run.SgdConfig;
import vcl.sim.run.Task1Config;

/**
 * Figure 2b: overlap p and generalization error ε of task 1 against α: replica theory at β = 20
 * (stable branch solid, metastable continuations dashed, the first-order transition marked) and
 * Adam simulations (mean ± std over seeds) with the paper's per-α batch size, learning rate and
 * weight decay, stopped when the test error reaches 0.
 */
final class Figure2b extends PaperFigure {

    /** The paper's α = 0.1..1.7 and its per-α hyper-parameters (figures.md). */
    static final double[] ALPHAS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7};
    static final int[] BATCH = {128, 64, 128, 100, 100, 128, 64, 64, 64, 64, 100, 100, 100, 100, 100, 100, 64};
    static final double[] LR = {0.008, 0.008, 0.002, 0.005, 0.008, 0.002, 0.002, 0.005, 0.002, 0.002, 0.002, 0.005,
        0.005, 0.005, 0.008, 0.008, 0.002};
    static final double[] WD = {0.5, 0.5, 0.5, 0.5, 0.1, 0.1, 0.03, 0.03, 0.1, 0.03, 0.1, 0.1, 0.1, 0.1, 0.05, 0.03, 0.1};

    Figure2b() {
        super("2b",
                "task-1 overlap p and error eps vs alpha: replica theory (beta = 20) against Adam simulations",
                "quick: N = 1000, 6 seeds, alpha 0.2..1.6 step 0.2, <= 400 epochs, test set 2000; "
                + "paper: N = 1000, 20 seeds, alpha 0.1..1.7, <= 2000 epochs, test set 10^4 (about an hour here)");
    }

    @Override
    public FigureResult build(Preset preset, FigureContext context) {
        int n = preset.pick(200, 1000, 1000);
        int seeds = preset.pick(2, 6, 20);
        int epochs = preset.pick(30, 400, 2000);
        int testSize = preset.pick(200, 2000, 10_000);
        int[] use = preset.pick(new int[] {4, 9}, new int[] {1, 3, 5, 7, 9, 11, 13, 15},
                java.util.stream.IntStream.range(0, ALPHAS.length).toArray());
        List<PerLoadAdam.Load> loads = TheoryAgainstAdam.loads(use, ALPHAS, BATCH, LR, WD);
        PerLoadAdam.Summary sim = PerLoadAdam.run("figure 2b Adam", loads,
                new Task1Config(n, ALPHAS[use[0]], 1.0, SgdConfig.figure1a(1, 1), 0, null, testSize), seeds, epochs, true,
                context);
        double beta = 20;
        double[] grid = TheoryCurves.grid(preset.pick(0.1, 0.02, 0.01), 2.0);
        TheoryCurves curves = TheoryCurves.task1(grid, beta, context);
        FigureData data = new FigureData();
        TheoryAgainstAdam fig = TheoryAgainstAdam.of(curves, loads, sim, new TheoryAgainstAdam.Setup(n, seeds, epochs,
                testSize, "Adam (0.9, 0.999), decoupled weight decay (as the authors' code), reshuffled mini-batches,"
                + " stop at zero test error"), AxisSpec.linear("α").range(0, 2), data);
        Map<String, Object> params = new LinkedHashMap<>(fig.parameters());
        params.put("theory_beta", beta);
        params.put("theory_grid_step", grid[0]);
        String title = "Fig. 2b" + preset.label() + ": theory β = 20 vs Adam, N = " + n;
        Agreement agreement = fig.agreement();
        PanelSpec panel = fig.panel();
        if (preset != Preset.paper) {
            agreement = agreement.withReason(preset + " preset: " + seeds + " seeds, at most " + epochs
                    + " epochs, test set " + testSize + " (paper: 20 seeds, 2000 epochs, 10^4)");
            panel = panel.withCaption(preset + " preset: " + seeds + " seeds, at most " + epochs + " epochs: "
                    + "Adam need not reach the equilibrium the theory describes");
        }
        return new FigureResult(FigureSpec.of(panel).withTitle(title), data, params,
                OptionalDouble.of(fig.distance(sim)), java.util.Optional.of(agreement));
    }
}
