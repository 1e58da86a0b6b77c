package vcl.experiments.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import vcl.plots.AxisSpec;
import vcl.plots.FigureSpec;
import vcl.plots.PanelSpec;
import vcl.plots.Palette;
import vcl.sim.optim.Sgd;
import vcl.sim.optim.WeightDecay;
import vcl.sim.run.ConvergenceTime;
import vcl.sim.run.SgdConfig;
import vcl.sim.run.Task1Config;
import vcl.sim.run.Task1Sweep;

/**
 * Figure 2c: convergence time T_c of full-batch gradient descent against α ∈ [1, 2]: the first
 * t ≥ 1000 at which the standard deviation of ε over the window [t − 1000, t) falls below 5e-4
 * (figures.md); (a) mean ± std over the seeds that converged, (b) the fraction that converged, with
 * the theory's first-order transition marked.
 */
final class Figure2c extends PaperFigure {

    Figure2c() {
        super("2c",
                "convergence time T_c of full-batch gradient descent vs alpha in [1, 2]",
                "quick: N = 300, 3 seeds, alpha 1..2 step 0.1, 6000 steps; "
                + "paper: N = 3000, 20 seeds, alpha 1..2 step 0.02, 10000 steps (many hours on 2 cores)");
    }

    @Override
    public FigureResult build(Preset preset, FigureContext context) {
        int n = preset.pick(100, 300, 3000);
        int seeds = preset.pick(2, 3, 20);
        int steps = preset.pick(1500, 6000, 10_000);
        double[] alphas = TheoryCurves.range(1.0, 2.0, preset.pick(0.5, 0.1, 0.02));
        SgdConfig gd = new SgdConfig(new Sgd.Spec(0.01, WeightDecay.NONE),
                Integer.MAX_VALUE, steps, false, 1, false);
        Task1Config template = new Task1Config(n, alphas[0], 1.0, gd, 0, null, 100);
        List<Task1Sweep.Run> runs = context.task1Runs("figure 2c GD", template, alphas, seeds);
        List<Double> xs = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        List<Double> std = new ArrayList<>();
        List<Integer> converged = new ArrayList<>();
        for (double alpha : alphas) {
            List<Double> tc = new ArrayList<>();
            for (Task1Sweep.Run r : runs) {
                if (r.alpha() == alpha) {
                    OptionalInt t = ConvergenceTime.of(r.result().trajectory(), ConvergenceTime.FIGURE_2C_WINDOW,
                            ConvergenceTime.FIGURE_2C_THRESHOLD);
                    t.ifPresent(v -> tc.add((double) v));
                }
            }
            converged.add(tc.size());
            if (!tc.isEmpty()) {
                Stats s = Stats.of(tc);
                xs.add(alpha);
                mean.add(s.mean());
                std.add(s.std());
            }
        }
        FigureData data = new FigureData();
        TheoryCurves curves = TheoryCurves.task1(TheoryCurves.grid(preset.pick(0.1, 0.02, 0.02), 2.0), 20, context);
        double[] fraction = converged.stream().mapToDouble(c -> c / (double) seeds).toArray();
        PanelSpec share = PanelSpec.of(AxisSpec.linear("α").range(0.95, 2.05),
                AxisSpec.linear("fraction of runs converged").range(0, 1.05),
                data.points("b", "converged within " + steps + " steps", alphas, fraction)
                        .withColor(Palette.VERMILLION).connected()).withTag("(b)")
                .withCaption("T_c: first t ≥ 1000 with the std of ε over [t − 1000, t) below 5·10^-4");
        List<PanelSpec> panels = new ArrayList<>();
        if (!xs.isEmpty()) {
            double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
            panels.add(PanelSpec.of(AxisSpec.linear("α").range(0.95, 2.05), AxisSpec.linear("T_c (steps)"),
                    data.points("a", "gradient descent, T_c", x, mean.stream().mapToDouble(Double::doubleValue).toArray(),
                            std.stream().mapToDouble(Double::doubleValue).toArray()).withColor(Palette.BLUE).connected())
                    .withTag("(a)").withCaption("mean ± 1 std over the converged runs of " + seeds
                            + " seeds (their number in (b))"));
        }
        panels.add(share);
        if (curves.transition().isPresent()) {
            panels.replaceAll(p -> p.withMarker(curves.transition().get(), "α_t (β = 20)"));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("n", n);
        params.put("alpha", alphas);
        params.put("seeds", seeds);
        params.put("steps", steps);
        params.put("optimizer", "full-batch gradient descent, lr 0.01 (summed gradient), beta_f = 1");
        params.put("window", ConvergenceTime.FIGURE_2C_WINDOW);
        params.put("threshold", ConvergenceTime.FIGURE_2C_THRESHOLD);
        params.put("converged_seeds_per_alpha", converged);
        params.put("transition_alpha", curves.transition().orElse(null));
        String title = "Fig. 2c" + preset.label() + ": convergence time, N = " + n;
        return new FigureResult(FigureSpec.row(panels.toArray(new PanelSpec[0])).withTitle(title), data, params,
                OptionalDouble.empty());
    }
}
