package vcl.experiments.figures;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import vcl.experiments.io.Progress;
import vcl.experiments.io.SweepProgress;
import vcl.plots.AxisSpec;
import vcl.plots.FigureSpec;
import vcl.plots.PanelSpec;
import vcl.plots.Palette;
import vcl.plots.PointSeries;
import vcl.plots.Series;
import vcl.sim.optim.OptimizerSpec;
import vcl.sim.optim.WeightDecay;
import vcl.sim.run.SgdConfig;
import vcl.sim.run.Task1Config;
import vcl.sim.run.Task2Sweep;
import vcl.theory.franzparisi.Task2Solution;
import vcl.theory.franzparisi.Task2Solver;
import vcl.theory.phase.TransitionBranches;
import vcl.theory.prior.Priors;
import vcl.theory.replica.GeneralizationError;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.task1.Task1Solver;

/**
 * Figure A1, task 1 learned with an entropy prior (KL to the uniform Bernoulli weights). (a) Overlap
 * p and error ε against α, replica theory at β = 100 with the prior k·f(m), k = β, against Adam with
 * the entropy prior (strength 1, weight batch/P) and the authors' per-α hyper-parameters. (b) Task 2
 * after an entropy-prior task 1 at α1 = 2 (γ = 1, r0 = 0): ε¹ and ε² against α2, Franz-Parisi theory
 * around the entropy-prior reference (β = 100) against Adam. (c) The α1 = 1.4 variant with momentum
 * SGD as the authors' code, simulation only.
 */
final class FigureA1 extends PaperFigure {

    /** The authors' α = 0.2..2.4 and per-α batch size, learning rate and (decoupled) weight decay. */
    static final double[] ALPHAS = {0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 2.2, 2.4};
    static final int[] BATCH = {16, 32, 64, 64, 16, 16, 16, 32, 32, 32, 16, 16};
    static final double[] LR = {0.005, 0.001, 0.005, 0.005, 0.005, 0.001, 0.0005, 0.005, 0.005, 0.005, 0.005, 0.001};
    static final double[] WD = {0.0005, 0.0005, 0.005, 0.005, 0.005, 0.0005, 0.0005, 0.0005, 0.0005, 0.0005, 0.0005,
        0.0005};
    static final double BETA = 100;
    /** Panel (b): task-1 load (index 9 of {@link #ALPHAS}), KL strength and teacher overlap. */
    static final int TASK2_ALPHA1_INDEX = 9;
    static final double GAMMA = 1;
    static final double R0 = 0;
    /** Panel (c): task-1 load and the task-2 loads. */
    static final double VARIANT_ALPHA1 = 1.4;
    static final double[] VARIANT_ALPHA2 = {0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5};

    FigureA1() {
        super("A1",
                "entropy prior: task 1 p and eps vs alpha (theory beta = 100 against Adam); task 2 after it, "
                + "eps_g1 and eps_g2 vs alpha2 (theory against Adam); alpha1 = 1.4 variant (momentum SGD)",
                "quick: (a) N = 500, 4 seeds, alpha 0.4..2.4 step 0.4, <= 300 epochs; (b) N = 400, 3 seeds, "
                + "alpha2 0.5, 1, 2, 3, 4, 300 + 800 epochs, theory step 0.25; (c) N = 400, 4 seeds, alpha2 0.5..4.5 "
                + "step 1, 3000 + 3000 epochs (together about 20 s); paper: (a) N = 1000, 20 seeds, alpha 0.2..2.4 "
                + "step 0.2, <= 2000 epochs, test set 10^4; (b) N = 1000, 20 seeds, alpha2 0.5..4.5 step 0.5, "
                + "2000 + 1000 epochs, theory step 0.125; (c) N = 1000, 20 seeds, alpha2 0.5..4.5 step 0.5, "
                + "3000 + 3000 epochs (about 10 min in all here, on 2 cores)");
    }

    @Override
    public FigureResult build(Preset preset, FigureContext context) {
        FigureData data = new FigureData();
        Map<String, Object> params = new LinkedHashMap<>();
        Task1Panel a = task1Panel(preset, context, data, params);
        PanelSpec b = task2Panel(preset, context, data, params);
        PanelSpec c = variantPanel(preset, context, data, params);
        params.put("notes", "(a) theory: task 1 with the prior k f(m), k = beta = 100; (b) theory: Franz-Parisi task 2 "
                + "around the entropy-prior task-1 reference at alpha1 = 2, beta = 100, gamma = 1, r0 = 0; simulation "
                + "task 1 as in (a) at alpha = 2 (Adam, entropy prior), task 2 full-batch Adam lr 0.02 with decoupled "
                + "weight decay 1e-3 and KL weight gamma to the task-1 fields (the protocol of figure 3, shorter), no entropy "
                + "prior in task 2; the theory has a first-order transition at alpha2^t (b_task2.theory_transition_alpha2, "
                + "dashed lines: metastable continuations); Adam past it stays near the poor (metastable) branch, so the "
                + "distances to the stable branch are also given below the transition only; (c) simulation only, task 1 "
                + "momentum SGD (0.9) lr 2e-4 batch 64 with the entropy prior, task 2 momentum SGD (0.95) lr 2e-4 batch 64 "
                + "with KL weight batch/P2, momentum reset at the switch; the task-2 learning rate and both epoch counts are "
                + "not fixed by the paper's text: the task-1 learning rate and 3000 epochs each are used"
                + (preset == Preset.paper ? "" : "; " + preset + " preset: smaller N, fewer seeds, loads and epochs"));
        String title = "Fig. A1" + preset.label() + ": entropy prior in task 1";
        return new FigureResult(FigureSpec.row(a.panel(), b, c).withTitle(title), data, params,
                OptionalDouble.of(a.distance()), Optional.of(a.agreement()));
    }

    /** Panel (a) and its theory–Adam distance (the figure's distance). */
    private record Task1Panel(PanelSpec panel, double distance, Agreement agreement) {
    }

    private static Task1Panel task1Panel(Preset preset, FigureContext context, FigureData data, Map<String, Object> params) {
        int n = preset.pick(100, 500, 1000);
        int seeds = preset.pick(2, 4, 20);
        int epochs = preset.pick(20, 300, 2000);
        int testSize = preset.pick(200, 2000, 10_000);
        int[] use = preset.pick(new int[] {2, 9}, new int[] {1, 3, 5, 7, 9, 11}, IntStream.range(0, ALPHAS.length).toArray());
        List<PerLoadAdam.Load> loads = TheoryAgainstAdam.loads(use, ALPHAS, BATCH, LR, WD);
        PerLoadAdam.Summary sim = PerLoadAdam.run("figure A1 Adam", loads,
                new Task1Config(n, ALPHAS[use[0]], 1.0, SgdConfig.figure1a(1, 1), 1.0, null, testSize), seeds, epochs, false,
                context);
        double[] grid = TheoryCurves.grid(preset.pick(0.2, 0.1, 0.05), 2.4);
        Task1Solver solver = new Task1Solver(BETA, Priors.ENTROPY.measure(BETA), Double.NaN, QuadratureSettings.DEFAULT, 1e-10,
                400, true);
        TheoryCurves curves = TheoryCurves.task1(grid, solver, context);
        TheoryAgainstAdam fig = TheoryAgainstAdam.of(curves, loads, sim, new TheoryAgainstAdam.Setup(n, seeds, epochs,
                testSize, "Adam (0.9, 0.999), decoupled weight decay, fixed mini-batch order, entropy prior "
                + "KL(Q_h || uniform) with strength 1 weighted by batch/P, stop at zero test error (as the authors' code)"),
                AxisSpec.linear("α").range(0, 2.5).ticks(0.5), data);
        Map<String, Object> a = new LinkedHashMap<>(fig.parameters());
        a.put("theory_beta", BETA);
        a.put("theory_prior", "entropy, k = beta");
        a.put("theory_grid_step", grid[0]);
        double d = fig.distance(sim);
        a.put("distance", d);
        params.put("a_task1", a);
        return new Task1Panel(fig.panel().withTag("(a)"), d, fig.agreement());
    }

    /** Panel (b): task 2 after the entropy-prior task 1, theory against Adam. */
    private static PanelSpec task2Panel(Preset preset, FigureContext context, FigureData data, Map<String, Object> params) {
        int n = preset.pick(100, 400, 1000);
        int seeds = preset.pick(2, 3, 20);
        int epochs1 = preset.pick(20, 300, 2000);
        int epochs2 = preset.pick(40, 800, 1000);
        double[] simAlpha2 = preset.pick(new double[] {1, 2}, new double[] {0.5, 1, 2, 3, 4},
                TheoryCurves.range(0.5, 4.5, 0.5));
        double[] theoryAlpha2 = preset.pick(simAlpha2, TheoryCurves.range(0.25, 4.5, 0.25),
                TheoryCurves.range(0.25, 4.5, 0.125));
        int k = TASK2_ALPHA1_INDEX;
        double alpha1 = ALPHAS[k];
        SgdConfig first = new SgdConfig(OptimizerSpec.adam(LR[k], new WeightDecay(WD[k], true)), BATCH[k], epochs1, false,
                Math.max(1, epochs1 / 10), false);
        WeightDecay wd = new WeightDecay(1e-3, true);
        SgdConfig second = new SgdConfig(OptimizerSpec.adam(0.02, wd), Integer.MAX_VALUE, epochs2, false,
                Math.max(1, epochs2 / 10), false);
        Task2Protocol protocol = new Task2Protocol(n, seeds,
                new Task1Config(n, alpha1, 1.0, first, 1.0, null, Task2Protocol.TEST_SIZE), second,
                "task 1 Adam with the entropy prior (strength 1, weight batch/P) and the authors' alpha = 2 batch, lr and "
                        + "weight decay, without the stop at zero test error; task 2 full-batch Adam lr 0.02, decoupled "
                        + "weight decay 1e-3, KL weight gamma");
        List<Task2Sweep.Run> runs = protocol.run(simAlpha2, new double[] {R0}, GAMMA, "figure A1 task 2 Adam", context);
        Task2Solver solver = Memo.get("task2-solver-entropy|" + alpha1 + "|" + BETA,
                () -> Task2Solver.around(alpha1, BETA, Priors.ENTROPY.measure(BETA), QuadratureSettings.DEFAULT,
                        Task2Theory.TOLERANCE, Task2Theory.MAX_ITERATIONS));
        vcl.theory.franzparisi.Task2Sweep theorySweep = new vcl.theory.franzparisi.Task2Sweep(solver);
        List<Task2Solution> rows;
        long total = SweepProgress.units(theoryAlpha2);
        try (Progress p = context.progress().start("theory task2 (entropy prior)", total)) {
            rows = theorySweep.branches(theoryAlpha2, GAMMA, R0, SweepProgress.counting(p, 0));
            p.step(total);
        }
        List<Task2Solution> converged = rows.stream().filter(Task2Solution::converged).toList();
        List<Task2Solution> stable = converged.stream().filter(FigureA1::stable).toList();
        TransitionBranches.Completed<Task2Solution> completed = Task2Theory.complete(solver, GAMMA, R0, converged,
                theorySweep.transition(converged));
        Optional<Double> transition = completed.transition();
        List<Task2Solution> drawn = Task2Theory.withAdded(converged, completed);
        Task2Theory.Curve theory = new Task2Theory.Curve(R0, stable, rows.stream().filter(x -> !x.converged())
                .map(Task2Solution::alpha2).distinct().toList(), drawn, transition);
        Task2AlphaSweep sweep = new Task2AlphaSweep(GAMMA, simAlpha2, new double[] {R0}, protocol, runs, List.of(theory));
        List<Series> series = new ArrayList<>();
        Map<String, Object> b = new LinkedHashMap<>(protocol.parameters(context.masterSeed()));
        Task2Observable[] observables = {Task2Observable.FORGETTING, Task2Observable.LEARNING};
        for (int o = 0; o < observables.length; o++) {
            Task2Observable obs = observables[o];
            Color c = o == 0 ? Palette.BLUE : Palette.VERMILLION;
            series.addAll(BranchLines.of(data, "b", "theory " + obs.label(), drawn, transition, obs::of, c));
            Stats.Columns sim = Stats.Columns.of(simAlpha2.length, a -> sweep.simulation(a, 0, obs));
            double[] mean = sim.mean();
            PointSeries pts = data.points("b", "Adam " + obs.label(), simAlpha2, mean, sim.std());
            series.add(pts.withMarker(Palette.marker(o)).withColor(c));
            b.put("distance_" + obs.key(), sweep.differences(obs).stream().mapToDouble(Double::doubleValue).average()
                    .orElse(Double.NaN));
            double[] below = new double[simAlpha2.length];
            int m = 0;
            for (int a = 0; a < simAlpha2.length; a++) {
                OptionalDouble th = theory.at(simAlpha2[a], obs);
                if (simAlpha2[a] < transition.orElse(Double.POSITIVE_INFINITY) && th.isPresent()) {
                    below[m++] = Math.abs(th.getAsDouble() - mean[a]);
                }
            }
            b.put("distance_below_transition_" + obs.key(), m == 0 ? Double.NaN
                    : Arrays.stream(below, 0, m).average().orElseThrow());
        }
        b.put("alpha2", simAlpha2);
        b.put("r0", R0);
        b.put("gamma", GAMMA);
        b.put("theory_alpha1", alpha1);
        b.put("theory_beta", BETA);
        b.put("theory_prior", "entropy, k = beta (task 1 and the reference density)");
        b.put("theory_alpha2", theoryAlpha2);
        b.put("theory_failed_alpha2", theory.failed());
        b.put("theory_transition_alpha2", transition.orElse(null));
        b.put("theory_task1_eps", GeneralizationError.value(solver.reference().meanSign()));
        b.put("task1_final_eps_mean", sweep.task1Final().mean());
        b.put("sim_drift", sweep.drift());
        b.put("values", sweep.summary());
        params.put("b_task2", b);
        PanelSpec panel = PanelSpec.of(AxisSpec.linear("α_2").range(0, 4.7), AxisSpec.linear("ε").range(-0.02, 0.85),
                series.toArray(new Series[0])).withTag("(b)")
                .withCaption("α_1 = 2, γ = 1; symbols: Adam, mean ± 1 std over " + seeds + " seeds")
                .withCaption("lines: theory (β = 100), solid stable, dashed metastable, dotted the jump at α_2^t");
        return transition.isPresent() ? panel.withMarker(transition.get(), "α_2^t") : panel;
    }

    private static boolean stable(Task2Solution s) {
        return s.branch().stable();
    }

    /** Panel (c): the α1 = 1.4 variant, momentum SGD as the authors' code, simulation only. */
    private static PanelSpec variantPanel(Preset preset, FigureContext context, FigureData data,
            Map<String, Object> params) {
        int n = preset.pick(100, 400, 1000);
        int seeds = preset.pick(2, 4, 20);
        int epochs = preset.pick(20, 3000, 3000);
        double[] alpha2 = preset.pick(new double[] {1, 3}, new double[] {0.5, 1.5, 2.5, 3.5, 4.5}, VARIANT_ALPHA2);
        SgdConfig first = new SgdConfig(OptimizerSpec.momentum(2e-4, 0.9), 64, epochs, false, Math.max(1, epochs / 10),
                false);
        SgdConfig second = new SgdConfig(OptimizerSpec.momentum(2e-4, 0.95), 64, epochs, false, Math.max(1, epochs / 10),
                false);
        Task2Protocol protocol = new Task2Protocol(n, seeds,
                new Task1Config(n, VARIANT_ALPHA1, 1.0, first, 1.0, null, Task2Protocol.TEST_SIZE), second,
                "task 1 momentum SGD (0.9) lr 2e-4 batch 64 with the entropy prior (strength 1, weight batch/P); task 2 "
                        + "momentum SGD (0.95) lr 2e-4 batch 64 with KL weight batch/P2, momentum reset at the switch");
        List<Task2Sweep.Run> runs = protocol.run(alpha2, new double[] {R0}, GAMMA, "figure A1 alpha1 = 1.4 SGD", context);
        Task2AlphaSweep sweep = new Task2AlphaSweep(GAMMA, alpha2, new double[] {R0}, protocol, runs, List.of());
        List<Series> series = new ArrayList<>();
        Map<String, Object> c = new LinkedHashMap<>(protocol.parameters(context.masterSeed()));
        Task2Observable[] observables = {Task2Observable.FORGETTING, Task2Observable.LEARNING};
        for (int o = 0; o < observables.length; o++) {
            Task2Observable obs = observables[o];
            Stats.Columns sim = Stats.Columns.of(alpha2.length, a -> sweep.simulation(a, 0, obs));
            PointSeries pts = data.points("c", "SGD " + obs.label(), alpha2, sim.mean(), sim.std());
            series.add(pts.withMarker(Palette.marker(o)).connected().withColor(o == 0 ? Palette.BLUE : Palette.VERMILLION));
            c.put("sim_mean_" + obs.key(), sim.mean());
            c.put("sim_std_" + obs.key(), sim.std());
        }
        c.put("alpha2", alpha2);
        c.put("r0", R0);
        c.put("kl_strength", GAMMA);
        c.put("task1_final_eps_mean", sweep.task1Final().mean());
        c.put("sim_drift", sweep.drift());
        params.put("c_variant", c);
        return PanelSpec.of(AxisSpec.linear("α_2").range(0, 4.7), AxisSpec.linear("ε").range(-0.02, 0.85),
                series.toArray(new Series[0])).withTag("(c)")
                .withCaption("α_1 = 1.4, SGD, no theory; symbols: mean ± 1 std over " + seeds + " seeds");
    }
}
