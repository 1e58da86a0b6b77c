package vcl.cli.figures;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import vcl.plots.AxisSpec;
import vcl.plots.FigureSpec;
import vcl.sim.run.SgdConfig;
import vcl.sim.run.Task1Config;
import vcl.theory.task1.EntropyPrior;
import vcl.theory.task1.QuadratureSettings;
import vcl.theory.task1.Task1Solver;

/**
 * Figure A1: task 1 learned with an entropy prior (KL to the uniform Bernoulli weights): overlap p
 * and error ε against α, replica theory at β = 100 with the prior k·f(m), k = β, against Adam with
 * the entropy prior (strength 1, weight batch/P) and the authors' per-α hyper-parameters.
 */
final class FigureA1 implements FigureDefinition {

    /** The authors' α = 0.2..2.4 and per-α batch size, learning rate and (decoupled) weight decay. */
    static final double[] ALPHAS = {0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 2.2, 2.4};
    static final int[] BATCH = {16, 32, 64, 64, 16, 16, 16, 32, 32, 32, 16, 16};
    static final double[] LR = {0.005, 0.001, 0.005, 0.005, 0.005, 0.001, 0.0005, 0.005, 0.005, 0.005, 0.005, 0.001};
    static final double[] WD = {0.0005, 0.0005, 0.005, 0.005, 0.005, 0.0005, 0.0005, 0.0005, 0.0005, 0.0005, 0.0005,
        0.0005};
    static final double BETA = 100;

    @Override
    public String id() {
        return "A1";
    }

    @Override
    public String title() {
        return "task 1 with the entropy prior: p and eps vs alpha, theory (beta = 100, k = beta) against Adam";
    }

    @Override
    public String presets() {
        return "quick: N = 500, 4 seeds, alpha 0.4..2.4 step 0.4, <= 300 epochs (about 30 s); paper: N = 1000, 20 seeds, "
                + "alpha 0.2..2.4 step 0.2, <= 2000 epochs, test set 10^4 (about 20 min here)";
    }

    @Override
    public FigureResult build(Preset preset, FigureContext context) {
        int n = preset.pick(100, 500, 1000);
        int seeds = preset.pick(2, 4, 20);
        int epochs = preset.pick(20, 300, 2000);
        int testSize = preset.pick(200, 2000, 10_000);
        int[] use = preset.pick(new int[] {2, 9}, new int[] {1, 3, 5, 7, 9, 11}, IntStream.range(0, ALPHAS.length).toArray());
        List<PerLoadAdam.Load> loads = java.util.Arrays.stream(use)
                .mapToObj(i -> new PerLoadAdam.Load(ALPHAS[i], BATCH[i], LR[i], WD[i])).toList();
        PerLoadAdam.Summary sim = PerLoadAdam.run("figure A1 Adam", loads,
                new Task1Config(n, ALPHAS[use[0]], 1.0, SgdConfig.figure1a(1, 1), 1.0, null, testSize), seeds, epochs, false,
                context);
        double[] grid = TheoryCurves.grid(preset.pick(0.2, 0.1, 0.05), 2.4);
        Task1Solver solver = new Task1Solver(BETA, new EntropyPrior(BETA), Double.NaN, QuadratureSettings.DEFAULT, 1e-10,
                400, true);
        TheoryCurves curves = TheoryCurves.task1(grid, solver, context);
        FigureData data = new FigureData();
        TheoryAgainstAdam fig = TheoryAgainstAdam.of(curves, loads, sim, AxisSpec.linear("α").range(0, 2.5).ticks(0.5), data);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("n", n);
        params.put("seeds", seeds);
        params.put("max_epochs", epochs);
        params.put("test_size", testSize);
        params.put("optimizer", "Adam (0.9, 0.999), decoupled weight decay, fixed mini-batch order, entropy prior "
                + "KL(Q_h || uniform) with strength 1 weighted by batch/P, stop at zero test error (as the authors' code)");
        params.putAll(fig.parameters());
        params.put("theory_beta", BETA);
        params.put("theory_prior", "entropy, k = beta");
        params.put("theory_grid_step", grid[0]);
        params.put("notes", "the task-2 panel of the paper's appendix figure is not drawn here"
                + (preset == Preset.paper ? "" : "; " + preset + " preset: smaller N, fewer seeds, alpha and epochs"));
        String title = "Fig. A1" + preset.label() + ": entropy prior, N = " + n + ", " + seeds + " seeds";
        return new FigureResult(FigureSpec.of(fig.panel()).withTitle(title), data, params,
                OptionalDouble.of(fig.distance(sim)));
    }
}
